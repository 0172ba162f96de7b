import { freeSipPort } from '@fscon/real-freeswitch';
import { isEvent, type Received } from '../support/live-client';
import { DEMO_CALLERS, SIP_ACCOUNTS } from './support/demo-config';
import { liveTestbed } from './support/live-testbed';
import { describeRealFs } from './support/realfs';
import { startSipPhones, type SipPhones } from './support/sip-testbed';
import { Sipp, type PhoneScenario } from './support/sipp';

const RING_SECONDS = 3;

describeRealFs('real FreeSWITCH: inviting into a conference over /api/live', () => {
  let gatewayPort = 0;
  const testbed = liveTestbed(async () => {
    gatewayPort = await freeSipPort();
    return {
      vars: { invite_gateway: `127.0.0.1:${gatewayPort}` },
      env: { LIVE_INVITE_RING_SECONDS: String(RING_SECONDS) },
    };
  });
  let phones: SipPhones;
  const sipp = new Sipp();
  let phonePort = 0;

  beforeAll(async () => {
    phones = await startSipPhones(testbed.system.freeswitch);
    phonePort = await freeSipPort();
    const { user, password } = SIP_ACCOUNTS.teamuser2;
    await phones.register({
      user,
      password,
      transport: 'UDP',
      localPort: phonePort,
      callId: `fscon-invite-${process.pid}@127.0.0.1`,
      expires: 300,
    });
  });
  afterAll(async () => {
    await sipp.stop();
    await phones?.stop();
  });

  /** The team client invites `target` into the running team conference; resolves with the index it read from. */
  const invite = async (target: string): Promise<number> => {
    const started = testbed.clients.team.received.length;
    await testbed.callers.join('team', DEMO_CALLERS.moderator);
    await testbed.clients.team.next(isEvent('newConference', 'team_g722'), started);
    const from = testbed.clients.team.received.length;
    testbed.clients.team.send({ req: 'exec', conference: 'team_g722', call: 'invite', target });
    return from;
  };
  const phone = (scenario: PhoneScenario, port = phonePort) => sipp.phone(scenario, port);
  const errorAfter = (from: number) => testbed.clients.team.next(isEvent('error'), from);

  it('rings the registered phone of a directory user, which joins with its own flags', async () => {
    await phone('answer');
    const from = await invite('20001');
    const joined = (await testbed.clients.team.next(isEvent('newMember'), from)) as Received & {
      data: { id: string; name: string; mute: boolean };
    };
    expect(joined.data).toMatchObject({ id: '20001', name: 'teamuser2', mute: false });
    expect((await testbed.conferences.member('team_g722', '20001')).flags).toMatchObject({
      is_moderator: true,
      can_speak: true,
    });
    expect(testbed.clients.team.received.slice(from).filter(isEvent('error'))).toEqual([]);
  });

  it.each<[string, PhoneScenario | undefined, string, string]>([
    ['answers busy', 'busy', '20001', 'USER_BUSY'],
    ['rings unanswered', 'ring', '20001', 'NO_ANSWER'],
    ['is not registered', undefined, '20000', 'USER_NOT_REGISTERED'],
  ])(
    'answers the team client with the hangup cause when the phone %s',
    async (_, scenario, target, cause) => {
      if (scenario) await phone(scenario);
      const from = await invite(target);
      expect(await errorAfter(from)).toEqual({ event: 'error', error: cause, code: 'LIVE.INVITE_FAILED' });
    },
  );

  it('calls a SIP address through the invite gateway, and the far end joins', async () => {
    await phone('answer', gatewayPort);
    const from = await invite('sip:alice@127.0.0.1');
    const joined = (await testbed.clients.team.next(isEvent('newMember'), from)) as Received & {
      data: { id: string; name: string };
    };
    expect(joined.data).toMatchObject({ id: 'alice', name: 'alice@127.0.0.1' });
  });
});
