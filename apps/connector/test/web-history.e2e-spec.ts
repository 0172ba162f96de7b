import type { Page } from 'playwright-core';
import { launchBrowser, logIn, type TestBrowser } from './support/browser';
import { ensureWebClientBuilt } from './support/fresh-build';
import { whileFreeSwitchRefuses } from './support/refused-write';
import { jsonRequests, TEAM, type Login } from './support/json-requests';
import { eventually, startSystem, type TestSystem } from './support/system';

const FRIEND: Login = { user: 'frienduser', password: 'pw21000' };

describe('web client: history and audit', () => {
  let system: TestSystem;
  let browser: TestBrowser;
  let page: Page;
  const { ok, request } = jsonRequests(() => system);
  const open = async (section: string, heading: string) => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: section }).click();
    await page.getByRole('heading', { level: 2, name: heading }).waitFor();
  };
  const rowsOf = (table: string) => page.getByRole('table', { name: table }).getByRole('row');
  const ended = async (path: string, conference: string, who: Login = TEAM) => {
    const { status, body } = await request(path, undefined, who);
    expect(status).toBe(200);
    expect(JSON.parse(body).sessions).toContainEqual(
      expect.objectContaining({ conference, endedAt: expect.any(String) }),
    );
  };

  beforeAll(async () => {
    ensureWebClientBuilt();
    system = await startSystem();
    await eventually(async () => expect((await fetch(`${system.url}/readyz`)).status).toBe(200));
    const { calls } = system.simulator;
    const first = await calls.join({ number: '30000', user: '20000' });
    const second = await calls.join({ number: '30000', user: '20001' });
    await calls.leave(second.memberId);
    await calls.leave(first.memberId);
    const friend = await calls.join({ number: '31000', user: '21000' });
    await calls.leave(friend.memberId);
    await eventually(() => ended('/api/history/conferences', 'team_g722'));
    await eventually(() => ended('/api/history/conferences', 'friends_conf'));
    browser = await launchBrowser();
    page = browser.page;
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });
  afterEach(() => browser.context.clearCookies());

  it('lists a simulated conference with its participants and opens its timeline', async () => {
    await logIn(page, system.url, 'defaultuser', 'napw');
    await open('History', 'Conference history');
    const row = rowsOf('Conference sessions, newest first').filter({
      has: page.getByRole('rowheader', { name: /^team_g722/ }),
    });
    await row.waitFor();
    expect(await row.getByRole('cell').allInnerTexts()).toEqual([
      expect.any(String),
      expect.stringMatching(/^\d+ s$/),
      '2',
      '2',
      '0',
      'Timeline',
    ]);
    await row.getByRole('button', { name: /^Timeline of team_g722 started / }).click();
    await page.getByRole('heading', { level: 3, name: /^team_g722 from / }).waitFor();
    await page.locator('h3:focus').waitFor();
    const participants = rowsOf('Participants of team_g722').filter({ has: page.getByRole('rowheader') });
    await participants.first().waitFor();
    expect(await participants.getByRole('rowheader').allInnerTexts()).toEqual(['defaultuser', 'teamuser2']);
    const timeline = page.getByRole('list', { name: 'Timeline of team_g722' }).getByRole('listitem');
    const items = await timeline.allInnerTexts();
    expect(items[0]).toMatch(/the conference started$/);
    expect(items.at(-1)).toMatch(/the conference ended$/);
    expect(items.filter((item) => / joined$/.test(item))).toHaveLength(2);

    await page.getByRole('button', { name: 'Back to the sessions' }).click();
    await eventually(async () =>
      expect(await page.locator(':focus').getAttribute('aria-label')).toMatch(
        /^Timeline of team_g722 started /,
      ),
    );
  });

  it('filters by name and offers the same query as CSV', async () => {
    await logIn(page, system.url, 'defaultuser', 'napw');
    await open('History', 'Conference history');
    await page.getByLabel('Conference name or number').fill('friends');
    await page.getByText('1 session', { exact: true }).waitFor();
    const href = await page
      .getByRole('link', { name: 'Download CSV of these sessions' })
      .getAttribute('href');
    expect(href).toBe('/api/history/conferences?name=friends&format=csv');
    const csv = await page.request.get(`${system.url}${href}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('friends_conf');
  });

  it('shows friends only the conferences they may see, and no audit', async () => {
    await eventually(() => ended('/fr/history/conferences', 'friends_conf', FRIEND));
    await logIn(page, system.url, FRIEND.user, FRIEND.password);
    await open('History', 'Conference history');
    const names = rowsOf('Conference sessions, newest first').getByRole('rowheader');
    await names.first().waitFor();
    expect(await names.allInnerTexts()).toEqual([expect.stringMatching(/^friends_conf/)]);
    await page.getByRole('button', { name: /^Timeline of friends_conf/ }).click();
    await rowsOf('Participants of friends_conf').getByRole('rowheader', { name: 'frienduser' }).waitFor();
    expect(await page.getByRole('button', { name: 'Audit' }).count()).toBe(0);
  });

  it('shows admin writes in the audit log: what changed, and a refused write’s error', async () => {
    // given a user changed through the API, and a write FreeSWITCH refused
    await ok('/api/users/mod', [{ id: '21000', email: 'fred@example.com' }]);
    const refused = await whileFreeSwitchRefuses(system, () =>
      ok('/api/users/add', [{ name: 'r1', email: 'r1@example.org', context: 'team' }]),
    );
    const error: string = refused.failed[0].error;
    await eventually(async () => expect((await ok('/api/audit')).total).toBe(2));

    await logIn(page, system.url, 'defaultuser', 'napw');
    await open('Audit', 'Audit log');
    const rows = rowsOf('Audit entries, newest first').filter({ has: page.getByRole('rowheader') });
    await rows.first().waitFor();
    const cells = await Promise.all((await rows.all()).map((row) => row.getByRole('cell').allInnerTexts()));
    expect(cells).toEqual([
      ['defaultuser', 'write.refused', '', '', error],
      ['defaultuser', 'user.changed', '21000', 'email: friend@example.org → fred@example.com', ''],
    ]);

    await page.getByLabel('Kind').selectOption('user.deleted');
    await page.getByText('0 entries', { exact: true }).waitFor();
    await page.getByLabel('Kind').selectOption('write.refused');
    await page.getByText('1 entry', { exact: true }).waitFor();
    const href = await page
      .getByRole('link', { name: 'Download CSV of these audit entries' })
      .getAttribute('href');
    expect(href).toBe('/api/audit?kind=write.refused&format=csv');
    const csv = (await (await page.request.get(`${system.url}${href}`)).text()).trim().split(/\r?\n/);
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain('FreeSWITCH refused the new configuration: ');
  });
});
