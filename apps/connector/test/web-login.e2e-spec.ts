import { digestFetch } from './support/digest-client';
import { launchBrowser, logIn, type TestBrowser } from './support/browser';
import { ensureWebClientBuilt } from './support/fresh-build';
import { eventually, startSystem, type TestSystem } from './support/system';

const LOGINS = {
  team: {
    name: 'defaultuser',
    password: 'napw',
    sections: ['Live', 'Users', 'Conferences', 'Recordings', 'History', 'Audit', 'Account'],
  },
  friends: {
    name: 'frienduser',
    password: 'pw21000',
    sections: ['Live', 'Users', 'Conferences', 'Recordings', 'History', 'Account'],
  },
  public: { name: 'publicuser', password: 'pw22000', sections: ['Live', 'Users', 'Conferences', 'Account'] },
};

describe('web client: logging in and out', () => {
  let system: TestSystem;
  let browser: TestBrowser;
  const urls: string[] = [];

  beforeAll(async () => {
    ensureWebClientBuilt();
    system = await startSystem();
    await eventually(async () => expect((await fetch(`${system.url}/session`)).status).toBe(401));
    browser = await launchBrowser();
    browser.context.on('request', (request) => urls.push(request.url()));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });
  afterEach(() => browser.context.clearCookies());

  it('serves the page without login, and nothing else', async () => {
    const page = await fetch(`${system.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect((await fetch(`${system.url}/userinfo`)).status).toBe(401);
  });

  it.each(Object.entries(LOGINS))(
    'logs a %s user in and shows the sections of that context',
    async (context, login) => {
      const { page } = browser;
      await logIn(page, system.url, login.name, login.password);
      expect(await page.locator('header .who').innerText()).toBe(`${login.name} (${context})`);
      const sections = await page
        .getByRole('navigation', { name: 'Sections' })
        .getByRole('button')
        .allInnerTexts();
      expect(sections).toEqual(login.sections);
      const state = await page.getByTestId('connection-state').innerText();
      expect(state).toMatch(/^Live updates:\s+(Connecting…|Connected|Reconnecting…|Offline)$/);
    },
  );

  it('keeps the session in an httpOnly, SameSite=Strict cookie with an expiry, and the password out of every URL', async () => {
    await logIn(browser.page, system.url, 'defaultuser', 'napw');
    const [cookie] = await browser.context.cookies(system.url);
    expect(cookie).toMatchObject({
      name: 'fscon-session',
      httpOnly: true,
      sameSite: 'Strict',
      secure: false,
    });
    expect(cookie!.expires).toBeGreaterThan(Date.now() / 1000 + 3600);
    expect(urls.length).toBeGreaterThan(3);
    expect(urls.filter((url) => url.includes('napw') || url.includes('login='))).toEqual([]);
  });

  it('says why a login failed, and clears the password field', async () => {
    const { page } = browser;
    await page.goto(system.url);
    await page.getByLabel('Name').fill('defaultuser');
    await page.getByLabel('Password').fill('wrong');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('alert').getByText('invalid user name or password').waitFor();
    expect(await page.getByLabel('Password').inputValue()).toBe('');
  });

  it('ends the session on the server when logging out', async () => {
    const { page, context } = browser;
    await logIn(page, system.url, 'frienduser', 'pw21000');
    const [cookie] = await context.cookies(system.url);
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByText('You have logged out.').waitFor();
    const reused = await fetch(`${system.url}/friendxml`, {
      headers: { cookie: `${cookie!.name}=${cookie!.value}` },
    });
    expect(reused.status).toBe(401);
    await page.reload();
    await page.getByRole('button', { name: 'Log in' }).waitFor();
  });

  it('keeps a session across reloads', async () => {
    const { page } = browser;
    await logIn(page, system.url, 'publicuser', 'pw22000');
    await page.reload();
    await page.getByRole('button', { name: 'Log out' }).waitFor();
  });

  it('leaves Digest unchanged for phones and scripts', async () => {
    const response = await digestFetch(`${system.url}/api/users`, { user: 'defaultuser', password: 'napw' });
    expect(response.status).toBe(200);
    expect((await digestFetch(`${system.url}/`, { user: 'frienduser', password: 'pw21000' })).status).toBe(
      200,
    );
  });
});
