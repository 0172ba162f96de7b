import { MEMBER_AUDIO_DEFAULTS } from '@fscon/live-state';
import type { LiveRegistration } from '@fscon/contracts';
import { launchBrowser, logIn, type TestBrowser } from '../support/browser';
import { isEvent, LiveTestClient, type Received } from '../support/live-client';
import { eventually } from '../support/system';
import { describeRealFs } from './support/realfs';
import { startRealSystem, type RealSystem } from './support/real-system';
import { callersIn, switchConferences } from './support/switch-conferences';
import {
  listedRegistration,
  registrationEvent,
  sofiaRegistrations,
  unlistedRegistration,
} from './support/switch-registrations';

const isRegistrationOf = (id: string) => (message: Received) =>
  message.event === 'addReg' && message.user.id === id;

describeRealFs('real FreeSWITCH: the browser phone of a page served over HTTPS, over the switch WSS', () => {
  let system: RealSystem;
  let browser: TestBrowser;
  let live: LiveTestClient;
  /** The phone's registration as the live client got it; the phone is logged in before every test. */
  let registration: LiveRegistration;
  const sockets: string[] = [];
  const phone = () => browser.page.getByRole('region', { name: 'Phone' });

  beforeAll(async () => {
    system = await startRealSystem({ env: { LIVE_RECONCILE_MS: '0' }, https: true });
    live = await LiveTestClient.open(system.pageUrl(), 'login=teamuser2:pw20001', {
      rejectUnauthorized: false,
    });
    browser = await launchBrowser({ fakeMedia: true, ignoreCertificateErrors: true, loopbackMedia: true });
    const { page } = browser;
    page.on('websocket', (socket) => sockets.push(socket.url()));
    await logIn(page, system.pageUrl(), 'defaultuser', 'napw');
    await eventually(
      async () => expect(await page.getByTestId('registration-state').innerText()).toBe('Ready (registered)'),
      30_000,
    );
    const added = await live.next(isRegistrationOf('20000'));
    if (added.event !== 'addReg') throw new Error(`not an addReg: ${JSON.stringify(added)}`);
    registration = added.user;
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await live?.close();
    await system?.stop();
  });

  it('registers with the switch over its WSS on the page host, as the live client is told', async () => {
    const { freeswitch } = system;
    expect(sockets.map((url) => new URL(url).origin)).toContain(`wss://127.0.0.1:${freeswitch.ports.wss}`);
    expect(Object.keys(registration).sort()).toEqual(['id', 'regid', 'sipcon']);
    const listed = await listedRegistration(freeswitch, registration.regid);
    expect(listed.reg_user).toBe('20000');
    expect(registration.sipcon).toBe(`${listed.network_ip}:${listed.network_port}`);
    // show registrations says network_proto "udp" for WebSocket registrations; sofia status tells WSS.
    const sofia = (await sofiaRegistrations(freeswitch)).find((entry) => entry['Call-ID'] === listed.token);
    expect(sofia!.Status).toMatch(/^Registered\(WSS/);
  });

  it('joins 30000 with DTLS-SRTP media, shows up live and in the dashboard, and leaves on hang-up', async () => {
    const { page } = browser;
    const { freeswitch } = system;
    const conferences = switchConferences(freeswitch);
    const from = live.received.length;
    await phone().getByLabel('Number').fill('30000');
    await phone().getByRole('button', { name: 'Call', exact: true }).click();
    await phone().getByText('In call with 30000').waitFor({ timeout: 30_000 });
    const started = await live.next(isEvent('newConference', 'team_g722'), from);
    if (started.event !== 'newConference') throw new Error('not a newConference');
    const member = {
      name: 'defaultuser',
      id: '20000',
      confid: expect.any(String),
      mute: true,
      ...MEMBER_AUDIO_DEFAULTS,
      energy: 300,
    };
    expect(started.data.members).toEqual([member]);

    const [caller, ...others] = callersIn(await conferences.running('team_g722'));
    expect(others).toEqual([]);
    expect(caller).toMatchObject({ caller_id_number: '20000', id: Number(started.data.members[0]!.confid) });
    const variables = await conferences.channelVariables(caller!.uuid);
    expect(variables).toMatchObject({
      sip_via_protocol: 'wss',
      rtp_has_crypto: expect.stringMatching(/^srtp:dtls:/),
    });
    await eventually(() => expect(dtlsStates(freeswitch.log(), caller!.uuid)).toContain('READY'));
    const before = await conferences.audioPackets(caller!.uuid);
    await eventually(async () => {
      const now = await conferences.audioPackets(caller!.uuid);
      expect(now.received).toBeGreaterThan(before.received);
      expect(now.sent).toBeGreaterThan(before.sent);
    });

    await page
      .getByRole('article', { name: /^team_g722/ })
      .getByRole('list', { name: 'Members of team_g722' })
      .getByText('defaultuser (20000)')
      .waitFor();

    await phone().getByRole('button', { name: 'Hang up' }).click();
    expect(await live.next(isEvent('delConference', 'team_g722'), from)).toMatchObject({
      event: 'delConference',
      conference: 'team_g722',
    });
    await eventually(async () => expect(await conferences.all()).toEqual([]));
    await page.getByText('No conference is running.').waitFor();
  }, 90_000);

  it('is dropped when its page closes: the switch ends the registration and the live client gets delReg', async () => {
    const from = live.received.length;
    await browser.page.close();
    const removed = await live.next(registrationEvent('delReg', registration.regid), from);
    expect(removed).toEqual({ event: 'delReg', user: registration, seq: expect.any(Number) });
    await unlistedRegistration(system.freeswitch, registration.regid);
  });
});

/** The DTLS states the switch logged for a channel's audio, in order. */
function dtlsStates(log: string, uuid: string): string[] {
  const changes = log.split('\n').filter((line) => line.startsWith(uuid));
  return changes.flatMap((line) => /Changing audio DTLS state from \w+ to (\w+)/.exec(line)?.[1] ?? []);
}
