import type { Page, WebSocketRoute } from 'playwright-core';
import { ensureWebClientBuilt, launchBrowser, logIn, type TestBrowser } from './support/browser';
import { eventually, startSystem, type TestSystem } from './support/system';

interface SipMessage {
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

const header = (message: SipMessage, name: string) =>
  message.headers.find(([key]) => key === name)?.[1] ?? '';

const FINGERPRINT = Array.from({ length: 32 }, (_, i) => (i + 16).toString(16).toUpperCase()).join(':');

/** A minimal audio SDP Chrome accepts (no media will flow: nothing answers ICE). */
function audioSdp(setup: 'actpass' | 'active', mid: string, opus: string, events: string): string {
  return [
    'v=0',
    'o=- 1 1 IN IP4 127.0.0.1',
    's=-',
    't=0 0',
    `a=group:BUNDLE ${mid}`,
    `m=audio 9 UDP/TLS/RTP/SAVPF ${opus} ${events}`,
    'c=IN IP4 127.0.0.1',
    'a=ice-ufrag:fscn',
    'a=ice-pwd:fscontestpasswordfscontest',
    `a=fingerprint:sha-256 ${FINGERPRINT}`,
    `a=setup:${setup}`,
    `a=mid:${mid}`,
    'a=sendrecv',
    'a=rtcp-mux',
    `a=rtpmap:${opus} opus/48000/2`,
    `a=rtpmap:${events} telephone-event/48000`,
    '',
  ].join('\r\n');
}

function sdpAnswer(offer: string): string {
  const mid = /a=mid:(\S+)/.exec(offer)?.[1] ?? '0';
  const opus = /a=rtpmap:(\d+) opus\/48000\/2/.exec(offer)?.[1] ?? '111';
  const events = /a=rtpmap:(\d+) telephone-event\/48000/.exec(offer)?.[1] ?? '110';
  return audioSdp('active', mid, opus, events);
}

/** FreeSWITCH's WSS binding as far as the browser phone needs it: registrar and a few numbers. */
class FakeSipServer {
  readonly received: SipMessage[] = [];
  readonly sockets: WebSocketRoute[] = [];
  private contact = '';
  private static readonly FAILURES: Record<string, string> = {
    '30486': '486 Busy Here',
    '39999': '404 Not Found',
  };

  async attach(page: Page): Promise<void> {
    await page.routeWebSocket('wss://127.0.0.1:7443/', (socket) => {
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
    const offer = audioSdp('actpass', '0', '111', '110');
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

describe('web client: phone', () => {
  let system: TestSystem;
  let browser: TestBrowser;
  let page: Page;
  let sip: FakeSipServer;
  const phone = () => page.getByRole('region', { name: 'Phone' });
  const registration = () => page.getByTestId('registration-state').innerText();

  const start = async (media: 'allow' | 'deny' = 'allow') => {
    browser = await launchBrowser({ fakeMedia: media === 'allow' });
    page = browser.page;
    sip = new FakeSipServer();
    await sip.attach(page);
    await logIn(page, system.url, 'defaultuser', 'napw');
    await eventually(async () => expect(await registration()).toBe('Ready (registered)'));
  };

  beforeAll(async () => {
    ensureWebClientBuilt();
    system = await startSystem();
    await eventually(async () => expect((await fetch(`${system.url}/session`)).status).toBe(401));
  }, 120_000);
  afterEach(() => browser?.close());
  afterAll(() => system?.stop());

  it('registers as the user at the WSS binding on the page host, and again after the transport drops', async () => {
    await start();
    const [register] = sip.requests('REGISTER');
    expect(register!.startLine).toMatch(/^REGISTER sip:127\.0\.0\.1 SIP\/2\.0$/);
    expect(header(register!, 'from')).toMatch(/<sip:20000@127\.0\.0\.1>/);
    await sip.sockets[0]!.close({ code: 1011 });
    await eventually(async () => expect(await registration()).not.toBe('Ready (registered)'));
    await eventually(() => expect(sip.sockets).toHaveLength(2));
    await eventually(async () => expect(await registration()).toBe('Ready (registered)'));
    expect(sip.requests('REGISTER').length).toBeGreaterThan(1);
  });

  it('dials from the keyboard, sends tones, mutes and hangs up', async () => {
    await start();
    await page.getByRole('heading', { name: 'Running conferences (0)' }).click();
    await page.keyboard.type('30000');
    expect(await phone().getByLabel('Number').inputValue()).toBe('30000');
    await phone().getByRole('button', { name: 'Call', exact: true }).click();
    await phone().getByText('In call with 30000').waitFor();
    expect(sip.requests('INVITE')[0]!.startLine).toBe('INVITE sip:30000@127.0.0.1 SIP/2.0');
    await page.getByRole('heading', { name: 'Phone' }).click();
    await page.keyboard.press('5');
    await phone().getByRole('button', { name: 'Key #' }).click();
    await phone().getByText('Keys sent: 5#').waitFor();
    await phone().getByRole('button', { name: 'Mute microphone' }).click();
    expect(
      await phone().getByRole('button', { name: 'Unmute microphone' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await phone().getByRole('button', { name: 'Hang up' }).click();
    await phone().getByLabel('Number').waitFor();
    expect(sip.requests('BYE')).toHaveLength(1);
    await eventually(async () =>
      expect(await page.getByRole('status', { name: 'Phone announcements' }).innerText()).toBe(
        'Call with 30000 ended',
      ),
    );
  });

  it('says when the other side is busy or not there, with or without video', async () => {
    await start();
    const dial = async (number: string, message: string) => {
      await phone().getByLabel('Number').fill(number);
      await phone().getByRole('button', { name: 'Call', exact: true }).click();
      await phone().getByRole('alert').getByText(message).waitFor();
    };
    await dial('30486', '30486 is busy.');
    await phone().getByLabel('With video').check();
    await dial('39999', '39999 was not found.');
    expect(sip.requests('INVITE').map((invite) => invite.body.includes('m=video'))).toEqual([false, true]);
  });

  it('rings for incoming calls, rejects one, answers another and turns a third away as busy', async () => {
    await start();
    const ringing = phone().getByRole('paragraph').filter({ hasText: 'Incoming call from Ann Caller' });
    sip.callIn('Ann Caller', 'incoming-1');
    await ringing.waitFor();
    await phone().getByRole('button', { name: 'Reject' }).click();
    await eventually(() => expect(sip.responses(603)).toHaveLength(1));
    await phone().getByLabel('Number').waitFor();

    sip.callIn('Ann Caller', 'incoming-2');
    await ringing.waitFor();
    await phone().getByRole('button', { name: 'Answer' }).click();
    await phone().getByText('In call with Ann Caller').waitFor();
    expect(sip.responses(200).at(-1)!.body).toMatch(/^v=0/);
    sip.callIn('Bob Busy', 'incoming-3');
    await eventually(() =>
      expect(sip.responses(486).map((r) => header(r, 'call-id'))).toEqual(['incoming-3']),
    );
    await phone().getByRole('button', { name: 'Hang up' }).click();
    await phone().getByLabel('Number').waitFor();
    expect(header(sip.requests('BYE')[0]!, 'call-id')).toBe('incoming-2');
  });

  it('dials a conference from the list', async () => {
    await start();
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: 'Conferences' })
      .click();
    await page.getByRole('button', { name: 'Call team_g722 (30000)' }).click();
    await phone().getByText('In call with 30000').waitFor();
  });

  it('explains a refused microphone', async () => {
    await start('deny');
    await phone().getByLabel('Number').fill('30000');
    await phone().getByRole('button', { name: 'Call', exact: true }).click();
    await phone()
      .getByRole('alert')
      .getByText(/^(Access to the microphone was denied|No microphone was found)/)
      .waitFor();
    expect(sip.requests('INVITE')).toHaveLength(0);
  });
});
