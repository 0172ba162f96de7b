import type { Page } from 'playwright-core';
import { launchBrowser, logIn, type TestBrowser } from './support/browser';
import { ensureWebClientBuilt } from './support/fresh-build';
import { conferenceEvents, type Caller } from './support/live-events';
import { eventually, startSystem, type TestSystem } from './support/system';

const ann: Caller = { confid: '1', id: '20000', name: 'ann' };
const bob: Caller = { confid: '2', id: '22000', name: '22000' };

describe('web client: live state from the connector', () => {
  let system: TestSystem;
  const browsers: TestBrowser[] = [];
  const fire = () => conferenceEvents(system.simulator);
  const open = async (name: string, password: string): Promise<Page> => {
    const browser = await launchBrowser();
    browsers.push(browser);
    await logIn(browser.page, system.url, name, password);
    await browser.page.getByTestId('connection-state').getByText('Connected').waitFor();
    await browser.page
      .getByText(/^(No conference is running\.|Running conferences \([1-9]\d*\))$/)
      .first()
      .waitFor();
    return browser.page;
  };
  const card = (page: Page, name: string) => page.getByRole('article', { name: new RegExp(`^${name}`) });

  beforeAll(async () => {
    ensureWebClientBuilt();
    system = await startSystem({ LIVE_RECONCILE_MS: '0' });
    await eventually(async () => expect((await fetch(`${system.url}/session`)).status).toBe(401));
  }, 120_000);
  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
    await system?.stop();
  });

  it('shows each context the conferences it may see, live, with names from the directory', async () => {
    const team = await open('defaultuser', 'napw');
    const friend = await open('frienduser', 'pw21000');
    fire().join('team_g722', ann);
    fire().join('public_conf', bob);
    fire().mute('public_conf', '2');
    fire().register('20001', 'reg-1', '10.0.0.7', '5060');

    const members = card(team, 'team_g722').getByRole('list', { name: 'Members of team_g722' });
    await members.getByText('ann (20000)').waitFor();
    const publicMember = card(friend, 'public_conf').getByRole('listitem');
    await eventually(async () =>
      expect(await publicMember.innerText()).toMatch(/^publicuser \(22000\)\s+Muted/),
    );
    expect(await card(friend, 'team_g722').count()).toBe(0);
    await team
      .getByRole('region', { name: /Online/ })
      .getByText('teamuser2')
      .waitFor();

    fire().leave('team_g722', ann);
    await team.getByText('Running conferences (1)').waitFor();
    await eventually(async () =>
      expect(await team.getByRole('status', { name: 'Conference announcements' }).innerText()).toBe(
        'team_g722 ended',
      ),
    );
  });

  it('shows what FreeSWITCH answers to a control', async () => {
    const team = await open('defaultuser', 'napw');
    fire().join('friends_conf', ann);
    await card(team, 'friends_conf').getByRole('button', { name: 'Lock' }).click();
    // The simulator runs no real conference behind the captured events, so FreeSWITCH refuses.
    await team.getByRole('alert').getByText('-ERR Conference friends_conf not found').waitFor();
    expect(await card(team, 'friends_conf').getByText('Open').count()).toBe(1);
  });

  it('shows a simulated caller live, mutes them and starts a recording', async () => {
    const team = await open('defaultuser', 'napw');
    const publicUser = await open('publicuser', 'pw22000');
    await system.simulator.calls.join({ number: '30000', user: '20001' });
    const members = card(team, 'team_g722').getByRole('list', { name: 'Members of team_g722' });
    await members.getByText('teamuser2 (20001)').waitFor();

    await members.getByRole('button', { name: 'Mute teamuser2' }).click();
    await members.getByRole('button', { name: 'Unmute teamuser2' }).waitFor();
    await eventually(async () => expect(await members.getByRole('listitem').innerText()).toMatch(/Muted/));

    await card(team, 'team_g722').getByRole('button', { name: 'Start recording' }).click();
    await card(team, 'team_g722').locator('.state-rec-running').getByText('Recording').waitFor();
    expect(await card(team, 'team_g722').locator('.file').innerText()).toMatch(/team_g722-.*\.wav$/);
    expect(await card(publicUser, 'team_g722').count()).toBe(0);
  });
});
