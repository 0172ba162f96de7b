import type { LiveConference, LiveMember, User } from '@fscon/contracts';
import { MEMBER_AUDIO_DEFAULTS } from '@fscon/live-state';
import type { Page, WebSocketRoute } from 'playwright-core';
import { LiveTokens } from '../../src/session/live-tokens';
import { launchBrowser, type TestBrowser } from './browser';
import { ensureWebClientBuilt } from './fresh-build';
import { eventually, startSystem, type TestSystem } from './system';

export const member = (confid: string, name: string, id: string, mute = false): LiveMember => ({
  name,
  id,
  confid,
  mute,
  ...MEMBER_AUDIO_DEFAULTS,
});
export const ANN = member('1', 'ann', '20000');
export const BOB = member('2', 'bob', '20001', true);
export const CY = member('3', '20001', '20001');

export function teamConference(): LiveConference {
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
export class FakeLive {
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

export interface FakeLivePages {
  system: TestSystem;
  browser: TestBrowser;
  page: Page;
  /** The page's /api/live, answered by the test. */
  live: FakeLive;
}

/**
 * Registers the hooks of a browser test file against a fake /api/live: beforeAll builds the web client
 * and starts a connector, beforeEach opens a browser whose live socket the test answers; both are closed
 * again. The fields are there once the hooks have run.
 */
export function fakeLivePages(): FakeLivePages {
  const pages = {} as FakeLivePages;
  beforeAll(async () => {
    ensureWebClientBuilt();
    pages.system = await startSystem();
    await eventually(async () => expect((await fetch(`${pages.system.url}/session`)).status).toBe(401));
  }, 120_000);
  beforeEach(async () => {
    pages.browser = await launchBrowser();
    pages.page = pages.browser.page;
    pages.live = new FakeLive(pages.system.app.get(LiveTokens));
    await pages.live.attach(pages.page);
  });
  afterEach(() => pages.browser.close());
  afterAll(() => pages.system?.stop());
  return pages;
}
