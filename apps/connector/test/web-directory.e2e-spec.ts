import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { digestFetch } from './support/digest-client';
import { launchBrowser, logIn, type TestBrowser } from './support/browser';
import { ensureWebClientBuilt } from './support/fresh-build';
import { eventually, startSystem, type TestSystem } from './support/system';

describe('web client: directory and recordings', () => {
  let system: TestSystem;
  let browser: TestBrowser;
  let page: Page;
  const open = async (section: string) => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: section }).click();
    await page.getByRole('heading', { level: 2, name: section }).waitFor();
  };
  const rowOf = (name: string) =>
    page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  const rowNames = () => page.getByRole('rowheader').allInnerTexts();

  beforeAll(async () => {
    ensureWebClientBuilt();
    system = await startSystem();
    await eventually(async () => expect((await fetch(`${system.url}/session`)).status).toBe(401));
    browser = await launchBrowser();
    page = browser.page;
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });
  afterEach(() => browser.context.clearCookies());

  it('shows the team every user, with passwords and provisioning URLs only on request', async () => {
    await logIn(page, system.url, 'defaultuser', 'napw');
    await open('Users');
    await page.getByText('4 of 4 users').waitFor();
    expect(await rowNames()).toEqual(['defaultuser', 'teamuser2', 'frienduser', 'publicuser']);
    const friend = rowOf('frienduser');
    expect(await friend.innerText()).not.toContain('pw21000');
    await friend.getByRole('button', { name: 'Show password of frienduser' }).click();
    await friend.getByText('pw21000').waitFor();
    await friend.getByRole('button', { name: 'Show Linphone URL of frienduser' }).click();
    await friend.getByText(/^http:\/\/frienduser:pw21000@127\.0\.0\.1:\d+\/linphone$/).waitFor();
    await friend.getByRole('button', { name: 'Hide password of frienduser' }).click();
    await page.getByLabel('Search').fill('TEAM');
    await page.getByText('1 of 4 users').waitFor();
    await page.getByLabel('Search').fill('');
    await page.getByLabel('Context').selectOption('public');
    expect(await rowNames()).toEqual(['publicuser']);
  });

  it('adds, edits and deletes a user as team, showing what the server did', async () => {
    await logIn(page, system.url, 'defaultuser', 'napw');
    await open('Users');
    await page.getByRole('button', { name: 'Add user' }).click();
    const form = page.getByRole('form', { name: 'Add a user' });
    await form.getByLabel('Name (the login)').fill('ann');
    await form.getByLabel('Email').fill('ann@example.org');
    await form.getByLabel('Context').selectOption('friends');
    await form.getByRole('button', { name: 'Add user' }).click();
    await page.getByText('Done: ann (21001)').waitFor();
    await rowOf('ann').waitFor();

    await rowOf('ann').getByRole('button', { name: 'Edit ann' }).click();
    const edit = page.getByRole('form', { name: 'Edit ann (21001)' });
    await edit.getByLabel('Email').fill('ann@example.com');
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Done: ann (21001)').waitFor();
    await rowOf('ann').getByText('ann@example.com').waitFor();

    await page.getByRole('button', { name: 'Add user' }).click();
    await form.getByLabel('Name (the login)').fill('frienduser');
    await form.getByLabel('Email').fill('x@example.org');
    await form.getByRole('button', { name: 'Add user' }).click();
    await page.getByText('Failed: frienduser (new) — name already taken').waitFor();

    await rowOf('ann').getByRole('button', { name: 'Delete ann' }).click();
    const dialog = page.getByRole('dialog', { name: /Delete user ann/ });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await rowOf('ann').getByRole('button', { name: 'Delete ann' }).click();
    await dialog.getByRole('button', { name: 'Delete user' }).click();
    await page.getByText('Done: ann (21001)').waitFor();
    await eventually(async () => expect(await rowNames()).not.toContain('ann'));
  });

  it('edits a user without resetting the password', async () => {
    await logIn(page, system.url, 'defaultuser', 'napw');
    await open('Users');
    await rowOf('publicuser').getByRole('button', { name: 'Edit publicuser' }).click();
    await page
      .getByRole('form', { name: /Edit publicuser/ })
      .getByRole('button', { name: 'Save' })
      .click();
    await page.getByText('Done: publicuser (22000)').waitFor();
    expect(
      (await digestFetch(`${system.url}/pubxml`, { user: 'publicuser', password: 'pw22000' })).status,
    ).toBe(200);
  });

  it('adds a conference as team and lists it with its number', async () => {
    await logIn(page, system.url, 'defaultuser', 'napw');
    await open('Conferences');
    await page.getByRole('button', { name: 'Add conference' }).click();
    const form = page.getByRole('form', { name: 'Add a conference' });
    await form.getByLabel('Name').fill('weekly.sync');
    await form.getByLabel('Context').selectOption('public');
    await form.getByRole('button', { name: 'Add conference' }).click();
    await page.getByText(/^Done: weekly\.sync \(32\d{3}\)$/).waitFor();
    await rowOf('weekly.sync').getByText('Idle').waitFor();
  });

  it('shows friends the directory without secrets or changes, and no team conferences', async () => {
    await logIn(page, system.url, 'frienduser', 'pw21000');
    await open('Users');
    await rowOf('defaultuser').waitFor();
    expect(await page.getByRole('button', { name: /Show password|Edit|Delete|Add user/ }).count()).toBe(0);
    await open('Conferences');
    const contexts = await page.getByRole('row').locator('td:nth-child(4)').allInnerTexts();
    expect(contexts.length).toBeGreaterThan(0);
    expect(contexts).not.toContain('team');
  });

  it('shows the public only public conferences and no emails', async () => {
    await logIn(page, system.url, 'publicuser', 'pw22000');
    await open('Users');
    await rowOf('frienduser').waitFor();
    expect(await page.getByRole('columnheader', { name: 'Email' }).count()).toBe(0);
    await open('Conferences');
    const contexts = await page.getByRole('row').locator('td:nth-child(4)').allInnerTexts();
    expect(new Set(contexts)).toEqual(new Set(['public']));
  });

  it('plays, offers and deletes recordings', async () => {
    const file = 'team_g722-2024-05-01T10:00:00.000Z.wav';
    writeFileSync(join(system.workspace.recordingsDir, file), Buffer.alloc(2048));
    await logIn(page, system.url, 'defaultuser', 'napw');
    await open('Recordings');
    const item = page.getByRole('listitem').filter({ hasText: file });
    await item.getByRole('button', { name: `Play ${file}` }).click();
    const src = await page.locator('audio[controls]').getAttribute('src');
    expect(src).toBe(`/api/recordings/${encodeURIComponent(file)}`);
    const media = await page.request.get(`${system.url}${src}`, { headers: { range: 'bytes=0-99' } });
    expect(media.status()).toBe(206);
    expect(await item.getByRole('link', { name: `Download ${file}` }).getAttribute('download')).toBe(file);
    await item.getByRole('button', { name: `Delete ${file}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete recording' }).click();
    await page.getByText(`Deleted ${file}`).waitFor();
    await page.getByText('0 of 0 recordings').waitFor();
  });
});
