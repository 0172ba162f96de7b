import type { ConferenceSessionDetail, HistoryPage } from '@fscon/contracts';
import { createConnector } from '../src/create-connector';
import { rebuildHistory } from '../src/history/rebuild/rebuild-history';
import { digestFetch } from './support/digest-client';
import { isEvent, LiveTestClient } from './support/live-client';
import { eventually, startSystem, type TestSystem } from './support/system';

const TEAM = { user: 'defaultuser', password: 'napw' };
const FRIEND = { user: 'frienduser', password: 'pw21000' };
const PUBLIC = { user: 'publicuser', password: 'pw22000' };
type Login = typeof TEAM;

describe('conference history and audit over HTTP, projected from the journal', () => {
  let system: TestSystem;
  const get = (path: string, who: Login = TEAM) => digestFetch(`${system.url}${path}`, who);
  const json = async <T>(path: string, who: Login = TEAM): Promise<T> => {
    const { status, body } = await get(path, who);
    expect({ path, status }).toEqual({ path, status: 200 });
    return JSON.parse(body) as T;
  };
  const history = (query = '', who: Login = TEAM) =>
    json<HistoryPage>(
      `/api/history/conferences${query}`.replace('/api/', who === TEAM ? '/api/' : '/fr/'),
      who,
    );
  const calls = () => system.simulator.calls;

  /**
   * A run of a conference: two callers, the second talks for about 600 ms, a recording started and
   * stopped by the team, both leave.
   */
  async function run(conference: string, number: string, users: [string, string]): Promise<void> {
    const team = await LiveTestClient.open(system.url, 'login=defaultuser:napw');
    await team.ask({ req: 'init' }, (m) => m.event === 'reply');
    const members = [];
    for (const user of users) members.push(await calls().join({ number, user }));
    await team.next(isEvent('newMember', conference));
    await calls().talk(members[1]!.memberId);
    await team.next(isEvent('talking', conference));
    await new Promise((resolve) => setTimeout(resolve, 600));
    await calls().talk(members[1]!.memberId, false);
    await team.next(isEvent('stoptalking', conference));
    const exec = (call: string) => ({ req: 'exec', conference, call });
    await team.ask(exec('startrec'), isEvent('recStart'));
    await team.ask(exec('stoprec'), isEvent('recStop'));
    for (const member of members) await calls().leave(member.memberId);
    await team.next(isEvent('delConference', conference));
    await team.close();
  }

  const ended = async (name: string) =>
    eventually(async () => {
      const page = await history(`?name=${name}`);
      expect(page.sessions[0]?.endedAt).toEqual(expect.any(String));
      return page.sessions[0]!;
    });

  beforeAll(async () => {
    system = await startSystem({ LIVE_RECONCILE_MS: '0' });
    await eventually(async () => expect((await get('/api/history/conferences')).status).toBe(200));
    await run('public_conf', '32000', ['20000', '21000']);
    await run('team_g722', '30000', ['20000', '20001']);
  }, 60_000);
  afterAll(() => system?.stop());

  it('shows a run with its participants and recording, and its timeline', async () => {
    // given the public conference's run
    const session = await ended('public');
    expect(session).toMatchObject({
      conference: 'public_conf',
      num: '32000',
      context: 'public',
      peakMembers: 2,
      participants: 2,
      recordings: 1,
      durationSeconds: expect.any(Number),
    });
    // when its timeline is asked for
    const detail = (
      await json<{ session: ConferenceSessionDetail }>(`/api/history/conferences/${session.session}`)
    ).session;
    // then it lists both members, the recording and what happened in order
    expect(detail.members.map((m) => [m.number, m.user, typeof m.leftAt])).toEqual([
      ['20000', '20000', 'string'],
      ['21000', '21000', 'string'],
    ]);
    // the second talked from its talking to its stoptalking
    const [silent, talker] = detail.members.map((m) => m.talkSeconds);
    expect(silent).toBe(0);
    expect(talker).toBeGreaterThanOrEqual(0.5);
    expect(talker).toBeLessThan(5);
    expect(detail.recordingFiles).toEqual([
      {
        file: expect.stringMatching(/public_conf-.*\.wav$/),
        startedAt: expect.any(String),
        stoppedAt: expect.any(String),
      },
    ]);
    expect(detail.timeline.map((item) => item.kind)).toEqual([
      'conference.created',
      'member.joined',
      'member.joined',
      'recording.started',
      'recording.stopped',
      'member.left',
      'member.left',
      'conference.ended',
    ]);
  });

  it('exports the list and a timeline as CSV with a header row', async () => {
    const session = await ended('public');
    const list = await get('/api/history/conferences?format=csv&name=public_conf');
    const timeline = await get(`/api/history/conferences/${session.session}?format=csv`);
    expect([list.status, list.headers.get('content-type')]).toEqual([200, 'text/csv; charset=utf-8']);
    expect(list.body.split('\r\n')[0]).toBe(
      'session,conference,num,context,startedAt,endedAt,durationSeconds,peakMembers,participants,recordings',
    );
    expect(list.body.split('\r\n')[1]).toMatch(new RegExp(`^${session.session},public_conf,32000,public,`));
    const members = await get(`/api/history/conferences/${session.session}?format=csv&rows=members`);
    expect(members.body.split('\r\n').slice(0, 3)).toEqual([
      'session,conference,name,number,user,joinedAt,leftAt,durationSeconds,talkSeconds',
      expect.stringMatching(
        new RegExp(`^${session.session},public_conf,defaultuser,20000,20000,[^,]+,[^,]+,\\d+,0$`),
      ),
      expect.stringMatching(
        new RegExp(`^${session.session},public_conf,frienduser,21000,21000,[^,]+,[^,]+,\\d+,\\d+(\\.\\d)?$`),
      ),
    ]);
    expect(timeline.body.split('\r\n').slice(0, 2)).toEqual([
      'session,conference,seq,at,kind,text',
      expect.stringMatching(
        new RegExp(`^${session.session},public_conf,\\d+,[^,]+,conference.created,the conference started$`),
      ),
    ]);
  });

  it('shows friends only the conferences they see live, and public users nothing', async () => {
    const team = await ended('team_g722');
    const friends = await history('', FRIEND);
    expect(friends.sessions.map((s) => s.conference)).toEqual(['public_conf']);
    expect((await get(`/fr/history/conferences/${team.session}`, FRIEND)).status).toBe(404);
    expect((await get('/fr/history/conferences', PUBLIC)).status).toBe(403);
    expect((await get('/api/history/conferences', FRIEND)).status).toBe(403);
  });

  it('refuses bad query values with 400 and a code', async () => {
    const bad = await Promise.all(
      [
        '/api/history/conferences?from=yesterday',
        '/api/history/conferences?page=0',
        '/api/audit?kind=User%20Added',
      ].map(async (path) => {
        const { status, body } = await get(path);
        return [status, (JSON.parse(body) as { code: string }).code];
      }),
    );
    expect(bad).toEqual([
      [400, 'HISTORY.INVALID_QUERY'],
      [400, 'HISTORY.INVALID_QUERY'],
      [400, 'AUDIT.INVALID_QUERY'],
    ]);
    expect(await json('/api/audit?from=2026-01-01&to=2026-01-01')).toEqual({
      op: 'audit',
      page: 1,
      pageSize: 50,
      total: 0,
      entries: [],
    });
  });

  it('keeps the history over a restart, and a rebuild from the journal gives the same answer', async () => {
    const before = await history();
    const detail = await get(`/api/history/conferences/${before.sessions[0]!.session}`);
    // when the connector restarts on the same journal
    await restart();
    const restarted = [
      await history(),
      (await get(`/api/history/conferences/${before.sessions[0]!.session}`)).body,
    ];
    // and again after the history was rebuilt from the journal while it was stopped
    await restart(() => rebuildHistory(system.config.journal.path, system.config.history.path));
    const rebuilt = [
      await history(),
      (await get(`/api/history/conferences/${before.sessions[0]!.session}`)).body,
    ];
    // then all three answers are the same
    expect(before.sessions.map((s) => s.conference)).toEqual(['team_g722', 'public_conf']);
    expect(restarted).toEqual([before, detail.body]);
    expect(rebuilt).toEqual([before, detail.body]);
  });

  async function restart(whileStopped: () => unknown = () => undefined): Promise<void> {
    await system.app.close();
    whileStopped();
    system.app = await createConnector(system.config, { logger: false });
    system.url = (await system.app.getUrl()).replace('[::1]', '127.0.0.1');
    await eventually(async () => expect((await get('/api/history/conferences')).status).toBe(200));
  }
});

describe('conference history of the conferences running when the connector starts', () => {
  let system: TestSystem;
  afterAll(() => system?.stop());

  it('lists every conference its first reading of FreeSWITCH finds, found by name or number', async () => {
    // given members joined as soon as the connector answers
    system = await startSystem({ LIVE_RECONCILE_MS: '0' });
    await eventually(async () => expect((await fetch(`${system.url}/session`)).status).toBe(401));
    await system.simulator.calls.join({ number: '30000', user: '20000' });
    await system.simulator.calls.join({ number: '31000', user: '21000' });
    await system.simulator.calls.join({ number: '32000', user: '22000' });
    const list = async (query: string, who: Login = TEAM) => {
      const path = `/${who === TEAM ? 'api' : 'fr'}/history/conferences${query}`;
      const { body } = await digestFetch(`${system.url}${path}`, who);
      return (JSON.parse(body) as HistoryPage).sessions.map((s) => [s.conference, s.num, s.endedAt]);
    };
    // then the team's history lists the three running, friends theirs, and a number finds its conference
    await eventually(async () =>
      expect((await list('')).sort()).toEqual([
        ['friends_conf', '31000', null],
        ['public_conf', '32000', null],
        ['team_g722', '30000', null],
      ]),
    );
    expect((await list('', FRIEND)).sort()).toEqual([
      ['friends_conf', '31000', null],
      ['public_conf', '32000', null],
    ]);
    expect(await list('?name=3100')).toEqual([['friends_conf', '31000', null]]);
  });
});
