import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Simulator } from '../simulator';
import { ControlError } from '../live/calls';
import { DigestRealm } from './digest';
import { directoryPassword } from './directory-passwords';
import { sdpAnswer } from './sdp-answer';
import { parseSip, sipHeader, sipResponse, type SipMessage } from './sip-message';

export interface SipWsPeerOptions {
  host: string;
  /** 0 for a free port. */
  port: number;
}

/** One WebSocket: the user it authenticated as, the Call-IDs it registered, its To tag. */
interface Session {
  user: string | undefined;
  registered: Set<string>;
  tag: string;
}

/**
 * FreeSWITCH's SIP-over-WebSocket binding as far as a browser phone needs it: REGISTER with Digest
 * against the directory passwords, INVITE to a conference number answered with an SDP answer and
 * turned into a conference member, DTMF by INFO, BYE. Plain `ws://`; no media. As FreeSWITCH does, a
 * closed socket ends the registrations made over it.
 */
export class SipWsPeer {
  private readonly digest = new DigestRealm();
  /** Call-ID to member id. */
  private readonly members = new Map<string, number>();

  private constructor(
    private readonly simulator: Simulator,
    private readonly server: WebSocketServer,
  ) {
    server.on('connection', (socket) => this.accept(socket));
  }

  static async start(simulator: Simulator, options: SipWsPeerOptions): Promise<SipWsPeer> {
    const server = new WebSocketServer({
      host: options.host,
      port: options.port,
      handleProtocols: (protocols) => (protocols.has('sip') ? 'sip' : false),
    });
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    return new SipWsPeer(simulator, server);
  }

  get url(): string {
    const { address, port } = this.server.address() as AddressInfo;
    return `ws://${address}:${port}`;
  }

  stop(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: WebSocket): void {
    const session: Session = { user: undefined, registered: new Set(), tag: randomBytes(6).toString('hex') };
    const reply = (request: SipMessage, status: string, extra: string[] = [], body = '') =>
      socket.send(sipResponse(request, status, session.tag, extra, body));
    socket.on('message', (data) => {
      const message = parseSip(String(data));
      const [method = '', target = ''] = message.startLine.split(' ');
      this.handle(method, target, message, session, reply).catch(() => reply(message, '500 Server Error'));
    });
    socket.on('close', () => {
      for (const callId of session.registered) this.simulator.calls.disconnect(callId).catch(() => undefined);
    });
  }

  private async handle(
    method: string,
    target: string,
    request: SipMessage,
    session: Session,
    reply: (request: SipMessage, status: string, extra?: string[], body?: string) => void,
  ): Promise<void> {
    switch (method) {
      case 'REGISTER': {
        const realm = /^sip:([^;>]+)/.exec(target)?.[1] ?? 'localhost';
        const user = this.digest.verify(method, sipHeader(request, 'authorization'), (id) =>
          directoryPassword(this.simulator, id),
        );
        if (!user) return reply(request, '401 Unauthorized', [this.digest.challenge(realm)]);
        session.user = user;
        const contact = sipHeader(request, 'contact');
        const expires = Number(/expires=(\d+)/.exec(contact)?.[1] ?? sipHeader(request, 'expires'));
        const callId = sipHeader(request, 'call-id');
        if (expires === 0) {
          session.registered.delete(callId);
          await this.simulator.calls.unregister(user).catch(() => undefined);
        } else {
          session.registered.add(callId);
          await this.simulator.calls.register({ user, callId });
        }
        return reply(request, '200 OK', [`Contact: ${contact.replace(/;expires=\d+/, '')};expires=300`]);
      }
      case 'INVITE':
        return this.invite(target, request, session.user, reply);
      case 'INFO': {
        const member = this.members.get(sipHeader(request, 'call-id'));
        const key = /Signal=(\S)/.exec(request.body)?.[1];
        if (member !== undefined && key) await this.simulator.calls.pressKey(member, key);
        return reply(request, '200 OK');
      }
      case 'BYE': {
        const member = this.members.get(sipHeader(request, 'call-id'));
        this.members.delete(sipHeader(request, 'call-id'));
        if (member !== undefined) await this.simulator.calls.leave(member).catch(() => undefined);
        return reply(request, '200 OK');
      }
      case 'CANCEL':
      case 'OPTIONS':
        return reply(request, '200 OK');
      default:
        return;
    }
  }

  private async invite(
    target: string,
    request: SipMessage,
    user: string | undefined,
    reply: (request: SipMessage, status: string, extra?: string[], body?: string) => void,
  ): Promise<void> {
    if (!user) return reply(request, '403 Forbidden');
    const number = /^sip:([^@;>]+)/.exec(target)?.[1] ?? '';
    try {
      const member = await this.simulator.calls.join({ number, user, via: 'sip' });
      this.members.set(sipHeader(request, 'call-id'), member.memberId);
    } catch (error) {
      if (error instanceof ControlError) return reply(request, '404 Not Found');
      throw error;
    }
    const contact = `Contact: <sip:${number}@${this.simulator.host};transport=ws>`;
    reply(request, '200 OK', [contact, 'Content-Type: application/sdp'], sdpAnswer(request.body));
  }
}
