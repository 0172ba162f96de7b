import type { LiveConference, LiveMember, User } from '@fscon/contracts';
import { MEMBER_AUDIO_DEFAULTS } from '@fscon/live-state';
import type { Page, WebSocketRoute } from 'playwright-core';
import { LiveTokens } from '../src/session/live-tokens';
import { launchBrowser, logIn, type TestBrowser } from './support/browser';
import { ensureWebClientBuilt } from './support/fresh-build';
import { eventually, startSystem, type TestSystem } from './support/system';

const member = (confid: string, name: string, id: string, mute = false): LiveMember => ({
  name,
  id,
  confid,
  mute,
  ...MEMBER_AUDIO_DEFAULTS,
});
const ANN = member('1', 'ann', '20000');
const BOB = member('2', 'bob', '20001', true);
const CY = member('3', '20001', '20001');

function teamConference(): LiveConference {
  return {
    name: 'team_g722',
    context: 'team',
    type: '16kHz-novideo',
    num: '30000',
    recording: { status: 'norec' },
    locked: false,
    floor: ANN,
    lastjoin: BOB,
    lastleave: {},
    memcount: 2,
    members: [ANN, BOB],
  };
}

/**
 * Stands in for /api/live inside the browser (the page's WebSocket is routed, nothing reaches the
 * connector's port): each socket's token is redeemed with the connector's LiveTokens, as the gateway does.
 */
class FakeLive {
  readonly sockets: { route: WebSocketRoute; token: string; user?: User; received: unknown[] }[] = [];

  constructor(private readonly tokens: LiveTokens) {}

  async attach(page: Page): Promise<void> {
    await page.routeWebSocket(/\/api\/live/, (route) => {
      const token = new URL(route.url()).searchParams.get('token') ?? '';
      const socket = { route, token, user: this.tokens.redeem(token), received: [] as unknown[] };
      route.onMessage((message) => socket.received.push(JSON.parse(String(message))));
      this.sockets.push(socket);
    });
  }

  get current() {
    return this.sockets[this.sockets.length - 1]!;
  }

  send(message: object): void {
    this.current.route.send(JSON.stringify(message));
  }
}

describe('web client: live conferences', () => {
  let system: TestSystem;
  let browser: TestBrowser;
  let page: Page;
  let live: FakeLive;
  const card = () => page.getByRole('article', { name: /team_g722/ });
  const announced = () => page.getByRole('status', { name: 'Conference announcements' }).innerText();

  beforeAll(async () => {
    ensureWebClientBuilt();
    system = await startSystem();
    await eventually(async () => expect((await fetch(`${system.url}/session`)).status).toBe(401));
  }, 120_000);
  beforeEach(async () => {
    browser = await launchBrowser();
    page = browser.page;
    live = new FakeLive(system.app.get(LiveTokens));
    await live.attach(page);
  });
  afterEach(() => browser.close());
  afterAll(() => system?.stop());

  it('opens the socket with a single-use token, takes the snapshot and applies deltas in sequence', async () => {
    await logIn(page, system.url, 'defaultuser', 'napw');
    await eventually(() => expect(live.current.received).toEqual([{ req: 'init' }, { req: 'initreg' }]));
    expect(live.current.user?.name).toBe('defaultuser');
    expect(system.app.get(LiveTokens).redeem(live.current.token)).toBeUndefined();
    live.send({ event: 'newMember', conference: 'team_g722', data: CY, seq: 6 });
    live.send({ event: 'reply', reply: 'init', data: [teamConference()], seq: 5 });
    live.send({
      event: 'reply',
      reply: 'initreg',
      data: [{ id: '20001', regid: 'a1', sipcon: '10.1.1.1:5060' }],
    });

    await page.getByTestId('connection-state').getByText('Connected').waitFor();
    const members = card().getByRole('list', { name: 'Members of team_g722' });
    await eventually(async () =>
      expect(await members.getByRole('listitem').allInnerTexts()).toEqual([
        expect.stringMatching(/^ann \(20000\)\s+Can speak\s+Has the floor/),
        expect.stringMatching(/^bob \(20001\)\s+Muted/),
        expect.stringMatching(/^teamuser2 \(20001\)\s+Can speak/),
      ]),
    );
    await page
      .getByRole('region', { name: /Online/ })
      .getByText('teamuser2')
      .waitFor();

    live.send({ event: 'delMember', conference: 'team_g722', data: '3', seq: 7 });
    live.send({ event: 'delMember', conference: 'team_g722', data: '3', seq: 7 });
    live.send({ event: 'mute', conference: 'nowhere', data: '9', seq: 8 });
    live.send({ event: 'newMember', conference: 'nowhere', data: CY, seq: 9 });
    await eventually(async () => expect(await announced()).toBe('teamuser2 left team_g722'));
    expect(await members.getByRole('listitem').count()).toBe(2);
    await card().getByText('Last left').waitFor();
    expect(await card().locator('dd').allInnerTexts()).toContain('teamuser2 (20001)');

    // talking shows as a badge with its word, and is not announced
    live.send({ event: 'talking', conference: 'team_g722', data: '1', seq: 10 });
    const ann = members.getByRole('listitem').filter({ hasText: 'ann' });
    await ann.getByText('Talking', { exact: true }).waitFor();
    live.send({ event: 'stoptalking', conference: 'team_g722', data: '1', seq: 11 });
    await ann.getByText('Talking', { exact: true }).waitFor({ state: 'detached' });
    expect(await announced()).toBe('teamuser2 left team_g722');
  });

  it('sends the controls, asks before kicking, and shows what the server reports', async () => {
    await logIn(page, system.url, 'defaultuser', 'napw');
    await eventually(() => expect(live.current.received).toHaveLength(2));
    live.send({ event: 'reply', reply: 'init', data: [teamConference()], seq: 1 });
    const sent = () => live.current.received.slice(2);

    await card().getByRole('button', { name: 'Lock' }).click();
    await eventually(() => expect(sent()).toEqual([{ req: 'exec', conference: 'team_g722', call: 'lock' }]));
    live.send({ event: 'lock', conference: 'team_g722', seq: 2 });
    await card().getByText('Locked').waitFor();
    await card().getByRole('button', { name: 'Unlock' }).waitFor();

    await card().getByRole('button', { name: 'Unmute bob' }).click();
    await card().getByRole('button', { name: 'Kick bob' }).click();
    await page
      .getByRole('dialog', { name: 'Remove bob from team_g722?' })
      .getByRole('button', { name: 'Kick' })
      .click();
    await card().getByRole('button', { name: 'Start recording' }).click();
    await eventually(() =>
      expect(sent().slice(1)).toEqual([
        { req: 'memexec', conference: 'team_g722', call: 'unmute', member: '2' },
        { req: 'memexec', conference: 'team_g722', call: 'kick', member: '2' },
        { req: 'exec', conference: 'team_g722', call: 'startrec' },
      ]),
    );
    live.send({ event: 'recStart', conference: 'team_g722', file: '/recordings/team_g722-x.wav', seq: 3 });
    await card().getByText('team_g722-x.wav').waitFor();
    await card().getByRole('button', { name: 'Pause recording' }).waitFor();
    await eventually(async () => expect(await announced()).toBe('Recording started in team_g722'));

    live.send({ event: 'error', error: 'Member 2 not found', code: 'LIVE.FREESWITCH_FAILED' });
    const alert = page.getByRole('alert').filter({ hasText: 'Member 2 not found' });
    await alert.waitFor();
    await alert.getByRole('button', { name: 'Dismiss: Member 2 not found' }).click();
    await eventually(async () => expect(await alert.count()).toBe(0));
  });

  it('reconnects with a new token and resumes from the last seq', async () => {
    await logIn(page, system.url, 'frienduser', 'pw21000');
    await eventually(() => expect(live.current.received).toHaveLength(2));
    live.send({ event: 'reply', reply: 'init', data: [], seq: 41 });
    live.send({ event: 'newXML', seq: 42 });
    await live.current.route.close();
    await page.getByTestId('connection-state').getByText('Reconnecting…').waitFor();
    await eventually(() => expect(live.sockets).toHaveLength(2));
    await eventually(() =>
      expect(live.current.received).toEqual([{ req: 'init', since: 42 }, { req: 'initreg' }]),
    );
    expect(live.sockets.map((socket) => socket.user?.name)).toEqual(['frienduser', 'frienduser']);
    await page.getByTestId('connection-state').getByText('Connected').waitFor();
  });

  it('gives the public no controls', async () => {
    await logIn(page, system.url, 'publicuser', 'pw22000');
    await eventually(() => expect(live.current.received).toHaveLength(2));
    live.send({ event: 'reply', reply: 'init', data: [{ ...teamConference(), context: 'public' }] });
    await card().getByRole('list', { name: 'Members of team_g722' }).getByText('bob').waitFor();
    expect(
      await card()
        .getByRole('button', { name: /Lock|Mute|Kick|recording/ })
        .count(),
    ).toBe(0);
  });
});
