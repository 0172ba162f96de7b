import { launchBrowser, logIn, type TestBrowser } from '../support/browser';
import { isEvent, LiveTestClient, type Received } from '../support/live-client';
import { eventually } from '../support/system';
import { describeRealFs } from './support/realfs';
import { startRealSystem, type RealSystem } from './support/real-system';
import {
  audioPackets,
  channelVariables,
  conferenceCallers,
  runningConferences,
} from './support/switch-calls';
import { listedRegistration, sofiaRegistrations } from './support/switch-registrations';

const isRegistrationOf = (id: string) => (message: Received) =>
  message.event === 'addReg' && message.user.id === id;

describeRealFs('real FreeSWITCH: the browser phone over the switch WSS', () => {
  let system: RealSystem;
  let browser: TestBrowser;
  let live: LiveTestClient;

  beforeAll(async () => {
    system = await startRealSystem({ env: { LIVE_RECONCILE_MS: '0' } });
    live = await LiveTestClient.open(system.connector.url, 'login=teamuser2:pw20001');
    browser = await launchBrowser({ fakeMedia: true, ignoreCertificateErrors: true, loopbackMedia: true });
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await live?.close();
    await system?.stop();
  });

  it('registers over WSS, joins 30000 with DTLS-SRTP media, shows up live and leaves on hang-up', async () => {
    const { page } = browser;
    const { freeswitch } = system;
    const phone = page.getByRole('region', { name: 'Phone' });
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));

    await logIn(page, system.connector.url, 'defaultuser', 'napw');
    await eventually(
      async () => expect(await page.getByTestId('registration-state').innerText()).toBe('Ready (registered)'),
      30_000,
    );
    expect(sockets.map((url) => new URL(url).origin)).toContain(`wss://127.0.0.1:${freeswitch.ports.wss}`);
    const registered = await live.next(isRegistrationOf('20000'));
    if (registered.event !== 'addReg') throw new Error('not an addReg');
    const listed = await listedRegistration(freeswitch, registered.user.regid);
    expect(listed.reg_user).toBe('20000');
    expect(registered.user.sipcon).toBe(`${listed.network_ip}:${listed.network_port}`);
    // show registrations says network_proto "udp" for WebSocket registrations; sofia status tells WSS.
    const sofia = (await sofiaRegistrations(freeswitch)).find((entry) => entry['Call-ID'] === listed.token);
    expect(sofia!.Status).toMatch(/^Registered\(WSS/);

    const from = live.received.length;
    await phone.getByLabel('Number').fill('30000');
    await phone.getByRole('button', { name: 'Call', exact: true }).click();
    await phone.getByText('In call with 30000').waitFor({ timeout: 30_000 });
    const started = await live.next(isEvent('newConference', 'team_g722'), from);
    if (started.event !== 'newConference') throw new Error('not a newConference');
    const member = { name: 'defaultuser', id: '20000', confid: expect.any(String), mute: true };
    expect(started.data.members).toEqual([member]);

    const [caller, ...others] = await conferenceCallers(freeswitch, 'team_g722');
    expect(others).toEqual([]);
    expect(caller).toMatchObject({ caller_id_number: '20000', id: Number(started.data.members[0]!.confid) });
    const variables = await channelVariables(freeswitch, caller!.uuid);
    expect(variables).toMatchObject({
      sip_via_protocol: 'wss',
      rtp_has_crypto: expect.stringMatching(/^srtp:dtls:/),
    });
    await eventually(() => expect(dtlsStates(freeswitch.log(), caller!.uuid)).toContain('READY'));
    const before = await audioPackets(freeswitch, caller!.uuid);
    await eventually(async () => {
      const now = await audioPackets(freeswitch, caller!.uuid);
      expect(now.received).toBeGreaterThan(before.received);
      expect(now.sent).toBeGreaterThan(before.sent);
    });

    await page
      .getByRole('article', { name: /^team_g722/ })
      .getByRole('list', { name: 'Members of team_g722' })
      .getByText('defaultuser (20000)')
      .waitFor();

    await phone.getByRole('button', { name: 'Hang up' }).click();
    expect(await live.next(isEvent('delConference', 'team_g722'), from)).toMatchObject({
      event: 'delConference',
      conference: 'team_g722',
    });
    await eventually(async () => expect(await runningConferences(freeswitch)).toEqual([]));
    await page.getByText('No conference is running.').waitFor();
  }, 120_000);
});

/** The DTLS states the switch logged for a channel's audio, in order. */
function dtlsStates(log: string, uuid: string): string[] {
  const changes = log.split('\n').filter((line) => line.startsWith(uuid));
  return changes.flatMap((line) => /Changing audio DTLS state from \w+ to (\w+)/.exec(line)?.[1] ?? []);
}
