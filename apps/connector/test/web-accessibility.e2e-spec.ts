import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HistoryPage } from '@fscon/contracts';
import type { Page } from 'playwright-core';
import { launchBrowser, logIn, type TestBrowser } from './support/browser';
import { ensureWebClientBuilt } from './support/fresh-build';
import { jsonRequests } from './support/json-requests';
import { eventually, startSystem, type TestSystem } from './support/system';

const LOGINS = [
  { context: 'team', name: 'defaultuser', password: 'napw', conference: 'team_g722', running: 3 },
  { context: 'friends', name: 'frienduser', password: 'pw21000', conference: 'friends_conf', running: 2 },
  { context: 'public', name: 'publicuser', password: 'pw22000', conference: 'public_conf', running: 1 },
];
const SCREENSHOTS = join(__dirname, '..', '..', '..', 'test-artifacts', 'screenshots');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe on the page as it is: how many rules passed (so a run that checked nothing is noticed) and the
 * serious and critical violations, one readable line per element.
 */
async function audit(page: Page): Promise<{ rulesPassed: number; serious: string[] }> {
  // The connector's Content Security Policy refuses inline scripts (as it should), so axe is evaluated
  // through the debugging protocol instead of an added <script> tag.
  await page.evaluate(AXE_SOURCE);
  const { violations, rulesPassed } = await page.evaluate(async () => {
    type Results = { violations: Violation[]; passes: unknown[] };
    const results = await (globalThis as unknown as { axe: { run(): Promise<Results> } }).axe.run();
    return { violations: results.violations, rulesPassed: results.passes.length };
  });
  const serious = violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.impact} ${violation.id} (${violation.help}) at ${JSON.stringify(node.target)}: ` +
          (node.failureSummary ?? '').replace(/\s+/g, ' '),
      ),
    );
  return { rulesPassed, serious };
}

describe('web client: accessibility', () => {
  let system: TestSystem;
  let browser: TestBrowser;
  const { ok } = jsonRequests(() => system);

  beforeAll(async () => {
    ensureWebClientBuilt();
    system = await startSystem({ LIVE_RECONCILE_MS: '0' });
    await eventually(async () => expect((await fetch(`${system.url}/session`)).status).toBe(401));
    await system.simulator.calls.join({ number: '30000', user: '20000' });
    await system.simulator.calls.join({ number: '31000', user: '21000' });
    await system.simulator.calls.join({ number: '32000', user: '22000' });
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });
  afterEach(() => browser.context.clearCookies());

  it('has no serious or critical violations on the login page', async () => {
    await browser.page.goto(system.url);
    await browser.page.getByRole('button', { name: 'Log in' }).waitFor();
    const { rulesPassed, serious } = await audit(browser.page);
    expect(serious).toEqual([]);
    expect(rulesPassed).toBeGreaterThan(10);
  });

  it.each(LOGINS)(
    'has no serious or critical violations on the $context main screen with a member in a conference',
    async ({ context, name, password, conference, running }) => {
      const { page } = browser;
      await logIn(page, system.url, name, password);
      await page.getByTestId('connection-state').getByText('Connected').waitFor();
      await page
        .getByRole('article', { name: new RegExp(`^${conference}`) })
        .getByRole('list', { name: `Members of ${conference}` })
        .getByRole('listitem')
        .first()
        .waitFor();
      await page.getByText(`Running conferences (${running})`).waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, `${context}.png`), fullPage: true });
      const { rulesPassed, serious } = await audit(page);
      expect(serious).toEqual([]);
      expect(rulesPassed).toBeGreaterThan(10);
    },
  );

  it('has no serious or critical violations with a member menu open, and with the dialog of one of its controls', async () => {
    const { page } = browser;
    await logIn(page, system.url, 'defaultuser', 'napw');
    const card = page.getByRole('article', { name: /^team_g722/ });
    const button = card.getByRole('button', { name: /^Controls of / }).first();
    await button.focus();
    await page.keyboard.press('ArrowDown');
    await card.getByRole('menu').waitFor();
    const views = [await audit(page)];
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: /^Play a file to / }).waitFor();
    views.push(await audit(page));
    await page.keyboard.press('Escape');
    expect(views.flatMap((view) => view.serious)).toEqual([]);
    for (const view of views) expect(view.rulesPassed).toBeGreaterThan(10);
  });

  it('has no serious or critical violations in the Invite dialog', async () => {
    const { page } = browser;
    await logIn(page, system.url, 'defaultuser', 'napw');
    await page.getByTestId('connection-state').getByText('Connected').waitFor();
    await page
      .getByRole('article', { name: /^team_g722/ })
      .getByRole('button', { name: 'Invite…' })
      .click();
    await page.getByRole('dialog', { name: 'Invite into team_g722' }).waitFor();
    const { rulesPassed, serious } = await audit(page);
    expect(serious).toEqual([]);
    expect(rulesPassed).toBeGreaterThan(10);
  });

  it('has no serious or critical violations on the History list, a session timeline and the Audit log', async () => {
    const { page } = browser;
    await eventually(async () => {
      const { sessions } = (await ok('/api/history/conferences')) as HistoryPage;
      expect(sessions.map((session) => session.conference).sort()).toEqual(
        LOGINS.map((login) => login.conference).sort(),
      );
    });
    await logIn(page, system.url, 'defaultuser', 'napw');
    const sections = page.getByRole('navigation', { name: 'Sections' });
    await sections.getByRole('button', { name: 'History' }).click();
    const timeline = page.getByRole('button', { name: /^Timeline of / }).first();
    await timeline.waitFor();
    const views = [await audit(page)];
    await timeline.click();
    await page
      .getByRole('list', { name: /^Timeline of / })
      .getByRole('listitem')
      .first()
      .waitFor();
    views.push(await audit(page));
    await sections.getByRole('button', { name: 'Audit' }).click();
    await page.getByRole('navigation', { name: 'Pages of entries' }).waitFor();
    views.push(await audit(page));
    expect(views.flatMap((view) => view.serious)).toEqual([]);
    for (const view of views) expect(view.rulesPassed).toBeGreaterThan(10);
  });
});
