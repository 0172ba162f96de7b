import { SipWsPeer } from '@fscon/fs-simulator';
import type { Page } from 'playwright-core';
import { WebSocket } from 'ws';
import { launchBrowser, logIn, type TestBrowser } from './support/browser';
import { ensureWebClientBuilt } from './support/fresh-build';
import { LiveTestClient } from './support/live-client';
import { eventually, startSystem, type TestSystem } from './support/system';

/**
 * The browser phone against the simulator's SIP-over-WebSocket peer. The page (plain HTTP) dials ws://…:7443; the
 * peer speaks plain ws on a free port, so the page's socket is bridged to it, message for message.
 */
async function bridgeToPeer(page: Page, peerUrl: string): Promise<void> {
  await page.routeWebSocket('ws://127.0.0.1:7443/', (route) => {
    const upstream = new WebSocket(peerUrl, 'sip');
    const pending: string[] = [];
    upstream.on('open', () => pending.splice(0).forEach((message) => upstream.send(message)));
    upstream.on('message', (data) => route.send(String(data)));
    upstream.on('close', () => void route.close());
    route.onMessage((message) => {
      if (upstream.readyState === WebSocket.OPEN) upstream.send(String(message));
      else pending.push(String(message));
    });
    route.onClose(() => upstream.close());
    page.once('close', () => upstream.close());
  });
}

describe('web client: phone against the simulated SIP peer', () => {
  let system: TestSystem;
  let peer: SipWsPeer;
  let browser: TestBrowser;

  beforeAll(async () => {
    ensureWebClientBuilt();
    system = await startSystem({ LIVE_RECONCILE_MS: '0' });
    await eventually(async () => expect((await fetch(`${system.url}/session`)).status).toBe(401));
    peer = await SipWsPeer.start(system.simulator, { host: '127.0.0.1', port: 0 });
    browser = await launchBrowser({ fakeMedia: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await peer?.stop();
    await system?.stop();
  });

  it('registers with Digest, calls 30000 and appears as a member in the live view', async () => {
    const { page } = browser;
    await bridgeToPeer(page, peer.url);
    await logIn(page, system.url, 'defaultuser', 'napw');
    await eventually(async () =>
      expect(await page.getByTestId('registration-state').innerText()).toBe('Ready (registered)'),
    );
    await page
      .getByRole('region', { name: /Online/ })
      .getByText('defaultuser')
      .waitFor();

    const phone = page.getByRole('region', { name: 'Phone' });
    await phone.getByLabel('Number').fill('30000');
    await phone.getByRole('button', { name: 'Call', exact: true }).click();
    await phone.getByText('In call with 30000').waitFor();
    await page
      .getByRole('article', { name: /^team_g722/ })
      .getByRole('list', { name: 'Members of team_g722' })
      .getByText('defaultuser (20000)')
      .waitFor();
    expect(system.simulator.calls.members().map((member) => member.callerIdNumber)).toEqual(['20000']);

    await phone.getByRole('button', { name: 'Hang up' }).click();
    await page.getByText('No conference is running.').waitFor();
  }, 60_000);

  it('ends the registration when the page closes, as FreeSWITCH does when the WebSocket goes', async () => {
    const other = await launchBrowser({ fakeMedia: true });
    const live = await LiveTestClient.open(system.url, 'login=teamuser2:pw20001');
    try {
      await bridgeToPeer(other.page, peer.url);
      await logIn(other.page, system.url, 'defaultuser', 'napw');
      const added = await live.next((message) => message.event === 'addReg');
      await other.page.close();
      const removed = await live.next((message) => message.event === 'delReg');
      expect(removed).toMatchObject({ event: 'delReg', user: 'user' in added ? added.user : undefined });
    } finally {
      await live.close();
      await other.close();
    }
  });
});
