import type { INestApplication } from '@nestjs/common';
import type { Page } from 'playwright-core';
import { createConnector } from '../src/create-connector';
import { launchBrowser, logIn, type TestBrowser } from './support/browser';
import { ensureWebClientBuilt } from './support/fresh-build';
import { eventually, startSystem, type TestSystem } from './support/system';

/**
 * Sessions live in the connector's memory, so a restarted connector no longer knows the browser's
 * session: the page says the session ended, offers the login form again, and after logging in shows
 * the live state as it is now.
 */
describe('web client: a connector restart', () => {
  let system: TestSystem;
  let browser: TestBrowser;
  let restarted: INestApplication | undefined;
  const members = (page: Page, conference: string) =>
    page
      .getByRole('article', { name: new RegExp(`^${conference}`) })
      .getByRole('list', { name: `Members of ${conference}` });

  beforeAll(async () => {
    ensureWebClientBuilt();
    system = await startSystem({ LIVE_RECONCILE_MS: '0' });
    await eventually(async () => expect((await fetch(`${system.url}/session`)).status).toBe(401));
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    if (restarted) {
      await restarted.close();
      await system.simulator.stop();
      system.workspace.remove();
    } else {
      await system?.stop();
    }
  });

  it('shows reconnecting, then ends the session, and after a new login the member who joined meanwhile', async () => {
    const { page } = browser;
    await system.simulator.calls.join({ number: '30000', user: '20000' });
    await logIn(page, system.url, 'defaultuser', 'napw');
    await page.getByTestId('connection-state').getByText('Connected').waitFor();
    await members(page, 'team_g722').getByText('defaultuser (20000)').waitFor();

    const port = Number(new URL(system.url).port);
    await system.app.close();
    await page.getByTestId('connection-state').getByText('Reconnecting…').waitFor();
    await system.simulator.calls.join({ number: '31000', user: '21000' });
    restarted = await createConnector(
      { ...system.config, http: { ...system.config.http, port } },
      { logger: false },
    );

    await page
      .getByRole('status')
      .getByText('Your session has ended. Please log in again.')
      .waitFor({ timeout: 30_000 });
    await page.getByLabel('Name').fill('defaultuser');
    await page.getByLabel('Password').fill('napw');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByTestId('connection-state').getByText('Connected').waitFor();
    await members(page, 'friends_conf').getByText('frienduser (21000)').waitFor();
    await members(page, 'team_g722').getByText('defaultuser (20000)').waitFor();
  }, 60_000);
});
