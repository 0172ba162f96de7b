import type { Simulator } from '../simulator';
import { DigestRealm } from './digest';
import { directoryPassword } from './directory-passwords';
import { sipHeader, type SipMessage } from './sip-message';

/** One WebSocket: where it comes from, the user it authenticated as, the Call-IDs it registered, its To tag. */
export interface Session {
  address: string;
  user: string | undefined;
  registered: Set<string>;
  tag: string;
}

export type Reply = (request: SipMessage, status: string, extra?: string[], body?: string) => void;

/**
 * REGISTER over sofia's secure WebSocket: Digest against the directory passwords, the expiry asked for
 * granted, the registration reported with the WebSocket's address and port, `Registered(WSS-NAT)` and a
 * Contact with fs_nat and fs_path. As with sofia, the events are fired before the 200 OK and the row is
 * listed a little after it.
 */
export class WsRegistrar {
  private readonly digest = new DigestRealm();

  constructor(private readonly simulator: Simulator) {}

  async register(target: string, request: SipMessage, session: Session, reply: Reply): Promise<void> {
    const realm = /^sip:([^;>]+)/.exec(target)?.[1] ?? 'localhost';
    const user = this.digest.verify('REGISTER', sipHeader(request, 'authorization'), (id) =>
      directoryPassword(this.simulator, id),
    );
    if (!user) return reply(request, '401 Unauthorized', [this.digest.challenge(realm)]);
    session.user = user;
    const contact = sipHeader(request, 'contact');
    const expires = Number(/expires=(\d+)/.exec(contact)?.[1] ?? sipHeader(request, 'expires'));
    const callId = sipHeader(request, 'call-id');
    if (expires === 0) {
      session.registered.delete(callId);
      const unregistered = this.simulator.calls.unregister(user, callId).catch(() => undefined);
      reply(request, '200 OK');
      return unregistered;
    }
    session.registered.add(callId);
    const [, contactUser = user, contactHost = ''] = /<sip:([^@>;]+)@([^;>]+)/.exec(contact) ?? [];
    // the events are fired before register() first waits
    const registered = this.simulator.calls.register({
      user,
      callId,
      expires,
      contact: session.address,
      userAgent: sipHeader(request, 'user-agent') || undefined,
      webSocket: { contactUser, contactHost },
    });
    reply(request, '200 OK', [`Contact: ${contact.replace(/;expires=\d+/, '')};expires=${expires}`]);
    await registered;
  }
}
