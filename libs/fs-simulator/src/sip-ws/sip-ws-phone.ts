import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { WebSocket } from 'ws';
import { answerDigest } from './digest';
import { parseSip, sipHeader, type SipMessage } from './sip-message';

export interface SipWsPhoneOptions {
  user: string;
  password: string;
  /** The domain it registers in (Request-URI, From and To). */
  domain: string;
  /** The Call-ID of all its registrations. */
  callId: string;
  /** User and host of its Contact URI: SIP.js makes both up, the host ending in `.invalid`. */
  contactUser: string;
  contactHost: string;
  userAgent: string;
  /** Called with every SIP message sent and received, in order. */
  trace?: (direction: 'sent' | 'received', message: string) => void;
}

/**
 * A phone on a SIP-over-WebSocket binding that registers as the browser phone's SIP.js does: one
 * Call-ID, CSeq counting up, `Contact: <sip:user@host.invalid;transport=ws>;expires=N` and no Expires
 * header, the Digest answer after a 401; one transaction at a time. Any certificate is accepted.
 */
export class SipWsPhone {
  private cseq = 0;
  private readonly tag = randomBytes(5).toString('hex');
  private readonly responses: SipMessage[] = [];
  private waiter: (() => void) | undefined;

  private constructor(
    private readonly socket: WebSocket,
    private readonly options: SipWsPhoneOptions,
    /** The port its socket has on this machine: FreeSWITCH reports it as the registration's network-port. */
    readonly localPort: number,
  ) {
    socket.on('message', (data) => {
      const text = String(data);
      options.trace?.('received', text);
      const message = parseSip(text);
      if (!message.startLine.startsWith('SIP/2.0 ')) return;
      this.responses.push(message);
      this.waiter?.();
    });
    socket.on('close', () => this.waiter?.());
  }

  static connect(url: string, options: SipWsPhoneOptions): Promise<SipWsPhone> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, 'sip', { rejectUnauthorized: false });
      let localPort = 0;
      socket.once('upgrade', (response: IncomingMessage) => (localPort = response.socket.localPort ?? 0));
      socket.once('open', () => resolve(new SipWsPhone(socket, options, localPort)));
      socket.once('error', reject);
    });
  }

  /** REGISTER (0 unregisters), answering a 401 challenge once; resolves with the final response. */
  async register(expires: number): Promise<SipMessage> {
    const first = await this.transaction(expires);
    if (!first.startLine.startsWith('SIP/2.0 401 ')) return first;
    const authorization = answerDigest(sipHeader(first, 'www-authenticate'), {
      user: this.options.user,
      password: this.options.password,
      method: 'REGISTER',
      uri: `sip:${this.options.domain}`,
      cnonce: randomBytes(4).toString('hex'),
    });
    return this.transaction(expires, authorization);
  }

  /** Closes the WebSocket; resolves once it is closed. */
  close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }

  private async transaction(expires: number, authorization?: string): Promise<SipMessage> {
    const { user, domain, callId, contactUser, contactHost, userAgent } = this.options;
    const cseq = `${++this.cseq} REGISTER`;
    const request = [
      `REGISTER sip:${domain} SIP/2.0`,
      `Via: SIP/2.0/WSS ${contactHost};branch=z9hG4bK${randomBytes(6).toString('hex')}`,
      'Max-Forwards: 70',
      `To: <sip:${user}@${domain}>`,
      `From: <sip:${user}@${domain}>;tag=${this.tag}`,
      `Call-ID: ${callId}`,
      `CSeq: ${cseq}`,
      ...(authorization ? [`Authorization: ${authorization}`] : []),
      `Contact: <sip:${contactUser}@${contactHost};transport=ws>;expires=${expires}`,
      'Allow: ACK,CANCEL,INVITE,MESSAGE,BYE,OPTIONS,INFO,NOTIFY,REFER',
      `User-Agent: ${userAgent}`,
      'Content-Length: 0',
      '',
      '',
    ].join('\r\n');
    this.options.trace?.('sent', request);
    this.socket.send(request);
    return this.response(cseq);
  }

  private response(cseq: string): Promise<SipMessage> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        const found = this.responses.find(
          (m) => sipHeader(m, 'cseq') === cseq && !/ 1\d\d /.test(m.startLine),
        );
        if (found) {
          this.waiter = undefined;
          resolve(found);
        } else if (this.socket.readyState !== WebSocket.OPEN) {
          this.waiter = undefined;
          reject(new Error(`the WebSocket closed before the answer to ${cseq}`));
        }
      };
      this.waiter = check;
      check();
    });
  }
}
