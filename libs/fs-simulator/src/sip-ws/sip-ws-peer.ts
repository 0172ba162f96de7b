import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Simulator } from '../simulator';
import { ControlError } from '../live/calls';
import { sdpAnswer } from './sdp-answer';
import { parseSip, sipHeader, sipResponse, type SipMessage } from './sip-message';
import { WsRegistrar, type Reply, type Session } from './ws-registrar';

export interface SipWsPeerOptions {
  host: string;
  /** 0 for a free port. */
  port: number;
}

/**
 * FreeSWITCH's SIP-over-WebSocket binding as far as a browser phone needs it: REGISTER (WsRegistrar),
 * INVITE to a conference number answered with an SDP answer and
 * turned into a conference member, DTMF by INFO, BYE. Plain `ws://`; no media. As FreeSWITCH does, a
 * closed socket ends the registrations made over it.
 */
export class SipWsPeer {
  private readonly registrar: WsRegistrar;
  /** Call-ID to member id. */
  private readonly members = new Map<string, number>();

  private constructor(
    private readonly simulator: Simulator,
    private readonly server: WebSocketServer,
  ) {
    this.registrar = new WsRegistrar(simulator);
    server.on('connection', (socket, request) => this.accept(socket, request));
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

  private accept(socket: WebSocket, upgrade: IncomingMessage): void {
    const { remoteAddress = '127.0.0.1', remotePort = 0 } = upgrade.socket;
    const session: Session = {
      address: `${remoteAddress.replace(/^::ffff:/, '')}:${remotePort}`,
      user: undefined,
      registered: new Set(),
      tag: randomBytes(6).toString('hex'),
    };
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
    reply: Reply,
  ): Promise<void> {
    switch (method) {
      case 'REGISTER':
        return this.registrar.register(target, request, session, reply);
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
    reply: Reply,
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
