import type { Page, WebSocketRoute } from 'playwright-core';
import { sdpAnswer, webRtcAudioSdp } from '@fscon/fs-simulator';

export interface SipMessage {
  startLine: string;
  headers: [string, string][];
  body: string;
}

function parseSip(text: string): SipMessage {
  const split = text.indexOf('\r\n\r\n');
  const [startLine = '', ...lines] = text.slice(0, split).split('\r\n');
  const headers = lines.map((line): [string, string] => {
    const colon = line.indexOf(':');
    return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
  });
  return { startLine, headers, body: text.slice(split + 4) };
}

export const header = (message: SipMessage, name: string) =>
  message.headers.find(([key]) => key === name)?.[1] ?? '';

/**
 * FreeSWITCH's SIP WebSocket binding as far as the browser phone needs it, inside the browser (the page's WebSocket
 * to ws://127.0.0.1:7443 is routed): registrar, a conference that answers, a busy and an unknown number.
 */
export class FakeSipServer {
  readonly received: SipMessage[] = [];
  readonly sockets: WebSocketRoute[] = [];
  private contact = '';
  private static readonly FAILURES: Record<string, string> = {
    '30486': '486 Busy Here',
    '39999': '404 Not Found',
  };

  async attach(page: Page): Promise<void> {
    await page.routeWebSocket('ws://127.0.0.1:7443/', (socket) => {
      this.sockets.push(socket);
      socket.onMessage((data) => this.receive(socket, parseSip(String(data))));
    });
  }

  requests(method: string): SipMessage[] {
    return this.received.filter((message) => message.startLine.startsWith(`${method} `));
  }

  responses(status: number): SipMessage[] {
    return this.received.filter((message) => message.startLine.startsWith(`SIP/2.0 ${status} `));
  }

  /** Rings the browser as a call from another user would, with an audio offer. */
  callIn(from: string, callId: string): void {
    const uri = /<([^>]+)>/.exec(this.contact)?.[1] ?? 'sip:20000@invalid';
    const offer = webRtcAudioSdp({ setup: 'actpass', mid: '0', opus: '111', events: '110' });
    const lines = [
      `INVITE ${uri} SIP/2.0`,
      `Via: SIP/2.0/WSS 127.0.0.1:7443;branch=z9hG4bK-${callId}`,
      'Max-Forwards: 70',
      `From: "${from}" <sip:20001@127.0.0.1>;tag=caller`,
      `To: <${uri}>`,
      `Call-ID: ${callId}`,
      'CSeq: 1 INVITE',
      'Contact: <sip:20001@127.0.0.1:7443;transport=ws>',
      'Content-Type: application/sdp',
      `Content-Length: ${Buffer.byteLength(offer)}`,
      '',
      offer,
    ];
    this.sockets.at(-1)!.send(lines.join('\r\n'));
  }

  /** Acknowledges the browser's answer to an incoming call. */
  private acknowledge(socket: WebSocketRoute, answer: SipMessage): void {
    const lines = [
      `ACK ${/<([^>]+)>/.exec(header(answer, 'contact'))?.[1]} SIP/2.0`,
      `Via: SIP/2.0/WSS 127.0.0.1:7443;branch=z9hG4bK-ack-${header(answer, 'call-id')}`,
      'Max-Forwards: 70',
      `From: ${header(answer, 'from')}`,
      `To: ${header(answer, 'to')}`,
      `Call-ID: ${header(answer, 'call-id')}`,
      'CSeq: 1 ACK',
      'Content-Length: 0',
      '',
      '',
    ];
    socket.send(lines.join('\r\n'));
  }

  private receive(socket: WebSocketRoute, message: SipMessage): void {
    this.received.push(message);
    if (message.startLine.startsWith('SIP/2.0 200') && header(message, 'cseq').endsWith('INVITE')) {
      return this.acknowledge(socket, message);
    }
    const [method, target = ''] = message.startLine.split(' ');
    const user = /^sip:([^@]+)@/.exec(target)?.[1] ?? '';
    switch (method) {
      case 'REGISTER':
        this.contact = header(message, 'contact');
        return this.reply(socket, message, '200 OK', [
          `Contact: ${this.contact.replace(/;expires=\d+/, '')};expires=300`,
        ]);
      case 'INVITE': {
        const failure = FakeSipServer.FAILURES[user];
        if (failure) return this.reply(socket, message, failure);
        const contact = `Contact: <sip:${user}@127.0.0.1:7443;transport=ws>`;
        return this.reply(
          socket,
          message,
          '200 OK',
          [contact, 'Content-Type: application/sdp'],
          sdpAnswer(message.body),
        );
      }
      case 'BYE':
      case 'INFO':
      case 'CANCEL':
        return this.reply(socket, message, '200 OK');
      default:
        return;
    }
  }

  private reply(
    socket: WebSocketRoute,
    request: SipMessage,
    status: string,
    extra: string[] = [],
    body = '',
  ): void {
    const copy = ['via', 'from', 'call-id', 'cseq'].flatMap((name) =>
      request.headers.filter(([key]) => key === name).map(([key, value]) => `${key}: ${value}`),
    );
    const to = header(request, 'to');
    const lines = [
      `SIP/2.0 ${status}`,
      ...copy,
      `To: ${to.includes('tag=') ? to : `${to};tag=fs-${Date.now()}`}`,
    ];
    socket.send([...lines, ...extra, `Content-Length: ${Buffer.byteLength(body)}`, '', body].join('\r\n'));
  }
}
