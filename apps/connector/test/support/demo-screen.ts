import type { Locator, Page } from 'playwright-core';
import type { DemoOptions } from '../../../demo/src/start-demo';
import { logIn } from './browser';
import { eventually } from './system';

export const WIDE = { width: 1366, height: 768 };
export const NARROW = { width: 390, height: 844 };

/** The demo as a test starts it: every listener on a free port, no synthetic callers, no log. */
export const QUIET_DEMO: DemoOptions = {
  webPort: 0,
  metricsPort: 0,
  sipPort: 0,
  controlPort: 0,
  syntheticCallers: false,
  logger: false,
};

/** The URLs of the SIP WebSockets the page opens (every WebSocket but the live one), as they open. */
export function sipSockets(page: Page): string[] {
  const urls: string[] = [];
  page.on('websocket', (socket) => {
    if (!new URL(socket.url()).pathname.startsWith('/api/live')) urls.push(socket.url());
  });
  return urls;
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${String(locator)} is not laid out`);
  return found;
}

/**
 * Logs in as defaultuser on a page of the given size and checks what the first screen shows: a
 * registered phone (over the SIP WebSocket the page itself chose), the section navigation on top
 * within the screen, and the running conferences before the phone when they are stacked.
 */
export async function expectFirstScreen(page: Page, url: string, size: typeof WIDE): Promise<void> {
  await page.setViewportSize(size);
  await logIn(page, url, 'defaultuser', 'napw');
  const phone = page.getByRole('region', { name: 'Phone' });
  await eventually(
    async () => expect(await page.getByTestId('registration-state').innerText()).toBe('Ready (registered)'),
    30_000,
  );
  expect(await phone.getByText(/Registration failed/).count()).toBe(0);

  const navigation = await box(page.getByRole('navigation', { name: 'Sections' }));
  const conferences = await box(page.getByRole('region', { name: /^Running conferences/ }));
  const phoneBox = await box(phone);
  expect(navigation.y + navigation.height).toBeLessThanOrEqual(size.height);
  expect(navigation.y + navigation.height).toBeLessThanOrEqual(conferences.y);
  expect(navigation.y + navigation.height).toBeLessThanOrEqual(phoneBox.y);
  if (size.width < 600) {
    expect(conferences.y + conferences.height).toBeLessThanOrEqual(phoneBox.y);
  } else {
    expect(phoneBox.y).toBeLessThan(size.height);
    expect(conferences.x + conferences.width).toBeLessThanOrEqual(phoneBox.x);
  }
}

/** Calls 30000 from the page's phone, sees itself in team_g722 in the live view, hangs up. */
export async function callDemoConference(page: Page): Promise<void> {
  const phone = page.getByRole('region', { name: 'Phone' });
  await phone.getByLabel('Number').fill('30000');
  await phone.getByRole('button', { name: 'Call', exact: true }).click();
  await phone.getByText('In call with 30000').waitFor({ timeout: 30_000 });
  await page
    .getByRole('article', { name: /^team_g722/ })
    .getByRole('list', { name: 'Members of team_g722' })
    .getByText('defaultuser (20000)')
    .waitFor({ timeout: 30_000 });
  await phone.getByRole('button', { name: 'Hang up' }).click();
  await page.getByText('No conference is running.').waitFor({ timeout: 30_000 });
}
