import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Resolves no name but loopback's: nothing the page or Chromium looks up (the phone's default STUN
  // server, Chromium's own services) sends a query off this machine.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
const FAKE_MEDIA_ARGS = ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'];

export interface BrowserOptions {
  /** Grants a fake microphone and camera. */
  fakeMedia?: boolean;
  /** Accepts any certificate, such as a real switch's self-signed one on its WSS port. */
  ignoreCertificateErrors?: boolean;
  /** Lets WebRTC gather loopback addresses, where a switch on 127.0.0.1 has its media. */
  loopbackMedia?: boolean;
}

function optionalArgs(options: BrowserOptions): string[] {
  return [
    ...(options.fakeMedia ? FAKE_MEDIA_ARGS : []),
    ...(options.ignoreCertificateErrors ? ['--ignore-certificate-errors'] : []),
    ...(options.loopbackMedia ? ['--allow-loopback-in-peer-connection'] : []),
  ];
}

export interface TestBrowser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Debian's Chromium with a fresh profile. */
export async function launchBrowser(options: BrowserOptions = {}): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'fscon-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...optionalArgs(options)],
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
