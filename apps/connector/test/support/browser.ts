import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const REPO_ROOT = join(__dirname, '..', '..', '..', '..');
const WEB_SOURCES = [join(REPO_ROOT, 'apps', 'web'), join(REPO_ROOT, 'libs', 'contracts', 'src')];
const WEB_BUILD = join(REPO_ROOT, 'dist', 'web');
const BUILD_LOCK = join(REPO_ROOT, 'dist', '.web-build.lock');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const FAKE_MEDIA_ARGS = ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'];

export interface TestBrowser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Debian's Chromium with a fresh profile; `fakeMedia` grants a fake microphone and camera. */
export async function launchBrowser(options: { fakeMedia?: boolean } = {}): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'fscon-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.fakeMedia ? FAKE_MEDIA_ARGS : [])],
  });
  context.setDefaultTimeout(10_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the web client and logs in through its form; resolves when the dashboard shows the user. */
export async function logIn(page: Page, url: string, name: string, password: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('button', { name: 'Log out' }).waitFor();
}

/**
 * Builds the web client into dist/web unless it is newer than every source file. A lock folder keeps
 * test workers that start at once from building together.
 */
export function ensureWebClientBuilt(): void {
  mkdirSync(join(REPO_ROOT, 'dist'), { recursive: true });
  for (;;) {
    if (isFresh()) return;
    try {
      mkdirSync(BUILD_LOCK);
    } catch {
      waitForLock();
      continue;
    }
    try {
      if (isFresh()) return;
      const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
      const build = spawnSync(process.execPath, [vite, 'build', 'apps/web', '--logLevel', 'warn'], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        // Jest sets NODE_ENV=test, which would give React's development build.
        env: { ...process.env, NODE_ENV: 'production' },
      });
      if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`);
      return;
    } finally {
      rmSync(BUILD_LOCK, { recursive: true, force: true });
    }
  }
}

function isFresh(): boolean {
  const page = join(WEB_BUILD, 'index.html');
  return existsSync(page) && statSync(page).mtimeMs >= Math.max(...WEB_SOURCES.map(newestIn));
}

function newestIn(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }, 0);
}

/** Waits while another worker builds; a lock older than two minutes is left over from a crash. */
function waitForLock(): void {
  const started = Date.now();
  while (existsSync(BUILD_LOCK)) {
    if (Date.now() - statSync(BUILD_LOCK).mtimeMs > 120_000)
      rmSync(BUILD_LOCK, { recursive: true, force: true });
    if (Date.now() - started > 180_000) throw new Error(`${BUILD_LOCK} is held for too long`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  }
}
