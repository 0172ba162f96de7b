import { EventSocket, type EslCommandOptions } from '../src/esl/event-socket.port';
import { conferenceEvents } from './support/live-events';
import { isEvent, LiveTestClient, type Received } from './support/live-client';
import { eventually, startSystem, type TestSystem } from './support/system';

const TEAM = 'login=defaultuser:napw';
const FRIENDS = 'login=frienduser:pw21000';
const PUBLIC = 'login=publicuser:pw22000';
const isError = (m: Received) => m.event === 'error';

describe('/api/live: requests', () => {
  let system: TestSystem;
  let team: LiveTestClient;
  let friends: LiveTestClient;
  let publicUser: LiveTestClient;
  let sentToFreeswitch: string[];
  const errorFor = (client: LiveTestClient, request: object | string) =>
    client.ask(request, isError).then((m) => (m as { error: string }).error);

  beforeAll(async () => {
    system = await startSystem({ LIVE_RECONCILE_MS: '0' });
    await eventually(async () => (await LiveTestClient.open(system.url, TEAM)).close());
    [team, friends, publicUser] = await Promise.all(
      [TEAM, FRIENDS, PUBLIC].map((login) => LiveTestClient.open(system.url, login)),
    );
    const events = conferenceEvents(system.simulator);
    events.join('team_g722', { confid: '7', id: '20000', name: 'ann' });
    events.join('public_conf', { confid: '8', id: '22000', name: 'cy' });
    await team.next(isEvent('newConference', 'public_conf'));
  }, 60_000);
  beforeEach(() => {
    sentToFreeswitch = [];
    const esl = system.app.get(EventSocket);
    for (const method of ['api', 'bgapi'] as const) {
      const original = esl[method].bind(esl);
      jest.spyOn(esl, method).mockImplementation((command: string, options?: EslCommandOptions) => {
        sentToFreeswitch.push(command);
        return original(command, options);
      });
    }
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await Promise.all([team, friends, publicUser].map((c) => c?.close()));
    await system?.stop();
  });

  it('answers wrong format to what is not JSON text', async () => {
    expect(await errorFor(team, 'lock team_g722')).toBe('wrong format');
    expect(await errorFor(team, '{"req":"init"')).toBe('wrong format');
    const from = team.received.length;
    team.socket.send(Buffer.from('{"req":"init"}'), { binary: true });
    expect(await team.next(isError, from)).toEqual({
      event: 'error',
      error: 'wrong format',
      code: 'LIVE.WRONG_FORMAT',
    });
  });

  it('answers wrong protocol to unknown requests, missing fields and unknown calls, and sends FreeSWITCH nothing', async () => {
    const wrong = [
      [],
      'null',
      '"init"',
      { request: 'init' },
      { req: 'status' },
      { req: 'init', since: -1 },
      { req: 'init', since: '5' },
      { req: 'exec', call: 'lock' },
      { req: 'exec', conference: 'team_g722' },
      { req: 'exec', conference: 'team_g722', call: 'hupall' },
      { req: 'exec', conference: 'team_g722', call: 'mute' },
      { req: 'exec', conference: 'team_g722 hupall', call: 'lock' },
      { req: 'exec', conference: '', call: 'lock' },
      { req: 'memexec', conference: 'team_g722', call: 'mute' },
      { req: 'memexec', conference: 'team_g722', call: 'lock', member: '7' },
      { req: 'memexec', conference: 'team_g722', call: 'kick', member: '7 all' },
      { req: 'memexec', conference: 'team_g722', call: 'kick', member: -7 },
    ];
    for (const request of wrong) {
      expect([request, await errorFor(team, request)]).toEqual([request, 'wrong protocol']);
    }
    const from = team.received.length;
    team.socket.send('{"req":"status"}');
    expect(await team.next(isError, from)).toEqual({
      event: 'error',
      error: 'wrong protocol',
      code: 'LIVE.WRONG_PROTOCOL',
    });
    expect(sentToFreeswitch).toEqual([]);
  });

  it('refuses controls from public users, and from anyone on a conference they may not see or that does not run', async () => {
    expect(await errorFor(publicUser, { req: 'exec', conference: 'public_conf', call: 'lock' })).toMatch(
      /public may not control/,
    );
    expect(
      await errorFor(publicUser, { req: 'memexec', conference: 'public_conf', call: 'mute', member: '8' }),
    ).toMatch(/public may not control/);
    expect(await errorFor(friends, { req: 'exec', conference: 'team_g722', call: 'lock' })).toMatch(
      /team_g722 is not running/,
    );
    expect(await errorFor(team, { req: 'exec', conference: 'nowhere', call: 'lock' })).toMatch(
      /nowhere is not running/,
    );
    expect(
      await errorFor(team, { req: 'memexec', conference: 'team_g722', call: 'kick', member: '99' }),
    ).toMatch(/member 99/);
    expect(sentToFreeswitch).toEqual([]);
  });

  it('carries a valid control to FreeSWITCH and sends back the failure it reports', async () => {
    const error = await errorFor(team, { req: 'memexec', conference: 'team_g722', call: 'mute', member: 7 });
    expect(sentToFreeswitch).toEqual(['conference team_g722 mute 7']);
    expect(error).toMatch(/Conference team_g722 not found/);
  });

  it('closes a socket that sends a frame over 64 KiB with 1009, and takes one of exactly 64 KiB', async () => {
    const client = await LiveTestClient.open(system.url, TEAM);
    const padded = (size: number) => {
      const head = '{"req":"initreg","pad":"';
      return `${head}${'x'.repeat(size - head.length - 2)}"}`;
    };
    expect(await client.ask(padded(64 * 1024), (m) => m.event === 'reply')).toMatchObject({
      reply: 'initreg',
    });
    client.send(padded(64 * 1024 + 1));
    expect((await client.closed).code).toBe(1009);
  });
});
