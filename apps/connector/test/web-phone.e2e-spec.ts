import type { Page } from 'playwright-core';
import { launchBrowser, logIn, type TestBrowser } from './support/browser';
import { ensureWebClientBuilt } from './support/fresh-build';
import { FakeSipServer, header } from './support/fake-sip';
import { eventually, startSystem, type TestSystem } from './support/system';

describe('web client: phone', () => {
  let system: TestSystem;
  let browser: TestBrowser;
  let page: Page;
  let sip: FakeSipServer;
  const phone = () => page.getByRole('region', { name: 'Phone' });
  const registration = () => page.getByTestId('registration-state').innerText();

  const start = async (media: 'allow' | 'deny' = 'allow') => {
    browser = await launchBrowser({ fakeMedia: media === 'allow' });
    page = browser.page;
    sip = new FakeSipServer();
    await sip.attach(page);
    await logIn(page, system.url, 'defaultuser', 'napw');
    await eventually(async () => expect(await registration()).toBe('Ready (registered)'));
  };

  beforeAll(async () => {
    ensureWebClientBuilt();
    system = await startSystem();
    await eventually(async () => expect((await fetch(`${system.url}/session`)).status).toBe(401));
  }, 120_000);
  afterEach(() => browser?.close());
  afterAll(() => system?.stop());

  it('registers as the user at the WSS binding on the page host, and again after the transport drops', async () => {
    await start();
    const [register] = sip.requests('REGISTER');
    expect(register!.startLine).toMatch(/^REGISTER sip:127\.0\.0\.1 SIP\/2\.0$/);
    expect(header(register!, 'from')).toMatch(/<sip:20000@127\.0\.0\.1>/);
    await sip.sockets[0]!.close({ code: 1011 });
    await eventually(async () => expect(await registration()).not.toBe('Ready (registered)'));
    await eventually(() => expect(sip.sockets).toHaveLength(2));
    await eventually(async () => expect(await registration()).toBe('Ready (registered)'));
    expect(sip.requests('REGISTER').length).toBeGreaterThan(1);
  });

  it('dials from the keyboard, sends tones, mutes and hangs up', async () => {
    await start();
    await page.getByRole('heading', { name: 'Running conferences (0)' }).click();
    await page.keyboard.type('30000');
    expect(await phone().getByLabel('Number').inputValue()).toBe('30000');
    await phone().getByRole('button', { name: 'Call', exact: true }).click();
    await phone().getByText('In call with 30000').waitFor();
    expect(sip.requests('INVITE')[0]!.startLine).toBe('INVITE sip:30000@127.0.0.1 SIP/2.0');
    await page.getByRole('heading', { name: 'Phone' }).click();
    await page.keyboard.press('5');
    await phone().getByRole('button', { name: 'Key #' }).click();
    await phone().getByText('Keys sent: 5#').waitFor();
    await phone().getByRole('button', { name: 'Mute microphone' }).click();
    expect(
      await phone().getByRole('button', { name: 'Unmute microphone' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await phone().getByRole('button', { name: 'Hang up' }).click();
    await phone().getByLabel('Number').waitFor();
    expect(sip.requests('BYE')).toHaveLength(1);
    await eventually(async () =>
      expect(await page.getByRole('status', { name: 'Phone announcements' }).innerText()).toBe(
        'Call with 30000 ended',
      ),
    );
  });

  it('says when the other side is busy or not there, with or without video', async () => {
    await start();
    const dial = async (number: string, message: string) => {
      await phone().getByLabel('Number').fill(number);
      await phone().getByRole('button', { name: 'Call', exact: true }).click();
      await phone().getByRole('alert').getByText(message).waitFor();
    };
    await dial('30486', '30486 is busy.');
    await phone().getByLabel('With video').check();
    await dial('39999', '39999 was not found.');
    expect(sip.requests('INVITE').map((invite) => invite.body.includes('m=video'))).toEqual([false, true]);
  });

  it('rings for incoming calls, rejects one, answers another and turns a third away as busy', async () => {
    await start();
    const ringing = phone().getByRole('paragraph').filter({ hasText: 'Incoming call from Ann Caller' });
    sip.callIn('Ann Caller', 'incoming-1');
    await ringing.waitFor();
    await phone().getByRole('button', { name: 'Reject' }).click();
    await eventually(() => expect(sip.responses(603)).toHaveLength(1));
    await phone().getByLabel('Number').waitFor();

    sip.callIn('Ann Caller', 'incoming-2');
    await ringing.waitFor();
    await phone().getByRole('button', { name: 'Answer' }).click();
    await phone().getByText('In call with Ann Caller').waitFor();
    expect(sip.responses(200).at(-1)!.body).toMatch(/^v=0/);
    sip.callIn('Bob Busy', 'incoming-3');
    await eventually(() =>
      expect(sip.responses(486).map((r) => header(r, 'call-id'))).toEqual(['incoming-3']),
    );
    await phone().getByRole('button', { name: 'Hang up' }).click();
    await phone().getByLabel('Number').waitFor();
    expect(header(sip.requests('BYE')[0]!, 'call-id')).toBe('incoming-2');
  });

  it('dials a conference from the list', async () => {
    await start();
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: 'Conferences' })
      .click();
    await page.getByRole('button', { name: 'Call team_g722 (30000)' }).click();
    await phone().getByText('In call with 30000').waitFor();
  });

  it('explains a refused microphone', async () => {
    await start('deny');
    await phone().getByLabel('Number').fill('30000');
    await phone().getByRole('button', { name: 'Call', exact: true }).click();
    await phone()
      .getByRole('alert')
      .getByText(/^(Access to the microphone was denied|No microphone was found)/)
      .waitFor();
    expect(sip.requests('INVITE')).toHaveLength(0);
  });
});
