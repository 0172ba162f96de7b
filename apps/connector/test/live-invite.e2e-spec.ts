import { isEvent, LiveTestClient, type Received } from './support/live-client';
import { eventually, startSystem, type TestSystem } from './support/system';

const TEAM = 'login=defaultuser:napw';
const FRIENDS = 'login=frienduser:pw21000';
const INVITES_PER_MINUTE = 3;

describe('/api/live: invitations carried out by the simulated FreeSWITCH', () => {
  let system: TestSystem;
  let team: LiveTestClient;
  let friends: LiveTestClient;
  const calls = () => system.simulator.calls;
  const open = async (login: string) => {
    const client = await LiveTestClient.open(system.url, login);
    await client.ask({ req: 'init' }, (m) => m.event === 'reply');
    return client;
  };
  const invite = (client: LiveTestClient, conference: string, target: string) =>
    client.ask({ req: 'exec', conference, call: 'invite', target }, (m) =>
      ['error', 'newMember'].includes(m.event),
    );
  /** Starts the conference with 20000 in it, once every client that sees it has its newConference. */
  const running = async (number: string, conference: string, seeing: LiveTestClient[] = [team]) => {
    const from = seeing.map((client) => client.received.length);
    await calls().join({ number, user: '20000' });
    await Promise.all(seeing.map((client, i) => client.next(isEvent('newConference', conference), from[i])));
  };

  beforeAll(async () => {
    system = await startSystem({
      LIVE_RECONCILE_MS: '0',
      LIVE_INVITES_PER_MINUTE: String(INVITES_PER_MINUTE),
    });
    await eventually(async () => (await LiveTestClient.open(system.url, TEAM)).close());
    team = await open(TEAM);
    friends = await open(FRIENDS);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([team?.close(), friends?.close()]);
    await system?.stop();
  });
  afterEach(async () => {
    for (const member of calls().members()) await calls().leave(member.memberId);
  });

  it('rings a registered user, who joins the conference; no reply but the newMember', async () => {
    await running('30000', 'team_g722');
    await calls().register({ user: '20001' });
    const joined = (await invite(team, 'team_g722', '20001')) as Received & { data: unknown };
    expect(joined).toMatchObject({
      event: 'newMember',
      conference: 'team_g722',
      data: { id: '20001', name: 'teamuser2', mute: false },
    });
    await calls().unregister('20001');
  });

  it('answers the cause FreeSWITCH reports for a user who is not registered', async () => {
    await running('30000', 'team_g722');
    expect(await invite(team, 'team_g722', '20000')).toEqual({
      event: 'error',
      error: 'USER_NOT_REGISTERED',
      code: 'LIVE.INVITE_FAILED',
    });
  });

  it('refuses a SIP address to friends users, and users whose context may not join', async () => {
    await running('31000', 'friends_conf', [team, friends]);
    expect(await invite(friends, 'friends_conf', 'sip:alice@example.org')).toEqual({
      event: 'error',
      error: 'users of context friends may invite directory users only',
      code: 'LIVE.FORBIDDEN',
    });
    expect(await invite(friends, 'friends_conf', '22000')).toEqual({
      event: 'error',
      error: 'users of context public may not join this conference',
      code: 'LIVE.INVALID',
    });
  });

  it('refuses invitations beyond the rate per user, saying how long to wait', async () => {
    await running('31000', 'friends_conf', [team, friends]);
    for (let sent = 0; sent < INVITES_PER_MINUTE; sent++) {
      expect(await invite(friends, 'friends_conf', '20000')).toMatchObject({ code: 'LIVE.INVITE_FAILED' });
    }
    const refused = await invite(friends, 'friends_conf', '20000');
    expect(refused).toMatchObject({ event: 'error', code: 'LIVE.RATE_LIMITED' });
    expect((refused as { error: string }).error).toMatch(/^too many invitations; wait (60|59|58) s$/);
  });
});
