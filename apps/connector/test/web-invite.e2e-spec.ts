import { launchBrowser, logIn, type TestBrowser } from './support/browser';
import { ensureWebClientBuilt } from './support/fresh-build';
import { eventually, startSystem, type TestSystem } from './support/system';

describe('web client: inviting into a conference', () => {
  let system: TestSystem;
  let browser: TestBrowser;

  beforeAll(async () => {
    ensureWebClientBuilt();
    system = await startSystem({ LIVE_RECONCILE_MS: '0' });
    await eventually(async () => expect((await fetch(`${system.url}/session`)).status).toBe(401));
    await system.simulator.calls.join({ number: '30000', user: '20000' });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const openDialog = async () => {
    const { page } = browser;
    await page
      .getByRole('article', { name: /^team_g722/ })
      .getByRole('button', { name: 'Invite…' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Invite into team_g722' });
    await dialog.waitFor();
    return dialog;
  };
  /** Whether the focused element is inside the open dialog. */
  const focusInDialog = async () => (await browser.page.locator('dialog[open] :focus').count()) === 1;

  it('keeps the focus in the dialog, closes on Escape, and rings a registered user who joins', async () => {
    const { page } = browser;
    await logIn(page, system.url, 'defaultuser', 'napw');
    await page.getByTestId('connection-state').getByText('Connected').waitFor();
    await system.simulator.calls.register({ user: '20001' });
    await page.getByRole('heading', { name: 'Online (1)' }).waitFor();
    let dialog = await openDialog();
    expect(await dialog.locator('select:focus').count()).toBe(1);
    for (let press = 0; press < 6; press++) {
      await page.keyboard.press('Tab');
      expect(await focusInDialog()).toBe(true);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    dialog = await openDialog();
    const registered = await dialog.locator('optgroup[label="Registered"] option').allTextContents();
    expect(registered).toEqual(['teamuser2 (20001)']);
    await dialog.getByLabel('User').selectOption('20001');
    await dialog.getByRole('button', { name: 'Call' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page
      .getByRole('list', { name: 'Members of team_g722' })
      .getByRole('listitem')
      .filter({ hasText: 'teamuser2' })
      .waitFor();
  });

  it("shows FreeSWITCH's cause when the call fails, and offers team users an address field", async () => {
    const { page } = browser;
    const dialog = await openDialog();
    await dialog.getByLabel('or SIP address or number').fill('20000');
    await dialog.getByRole('button', { name: 'Call' }).click();
    await page.getByRole('alert').getByText('USER_NOT_REGISTERED').waitFor();
  });
});
