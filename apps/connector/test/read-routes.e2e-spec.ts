import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { digestFetch } from './support/digest-client';
import { rawApi } from './support/raw-esl';
import { eventually, startSystem, type TestSystem } from './support/system';

const TEAM = { user: 'defaultuser', password: 'napw' };
const TEAM2 = { user: 'teamuser2', password: 'pw20001' };
const FRIEND = { user: 'frienduser', password: 'pw21000' };
const PUBLIC = { user: 'publicuser', password: 'pw22000' };

function userFile(id: string, name: string, context: string): string {
  return `<include>
  <user id="${id}">
    <params>
      <param name="password" value="pw${id}"/>
      <param name="vm-password" value="${id}"/>
    </params>
    <variables>
      <variable name="user_context" value="${context}"/>
      <variable name="effective_caller_id_name" value="${name}"/>
      <variable name="effective_caller_id_number" value="${id}"/>
      <variable name="verto_dvar_email" value="${name}@example.org"/>
      <variable name="polymac" value="none"/>
      <variable name="conf_flags" value="mute-detect|mute"/>
      <variable name="conpin" value="$\${defconpin}"/>
    </variables>
  </user>
</include>
`;
}

describe('read routes against the simulator', () => {
  let system: TestSystem;
  const get = (path: string, who = TEAM) => digestFetch(`${system.url}${path}`, who);
  const json = async (path: string, who = TEAM) => {
    const response = await get(path, who);
    expect(response.status).toBe(200);
    return JSON.parse(response.body);
  };

  beforeAll(async () => {
    system = await startSystem();
    await eventually(async () => expect((await get('/api/users')).status).toBe(200));
  });
  afterAll(() => system.stop());

  it('lists users with totals per context', async () => {
    const body = await json('/api/users');
    expect(body.op).toBe('users');
    expect(body.info).toEqual({ total: 4, contexts: { team: 2, friends: 1, public: 1 } });
    expect(body.users).toContainEqual({
      id: '20001',
      password: 'pw20001',
      conpin: '2357',
      context: 'team',
      name: 'teamuser2',
      email: 'team2@example.org',
      polymac: '0004f2aabbcc',
    });
    expect(body.users.find((user: { id: string }) => user.id === '22000').conpin).toBe('0815');
  });

  it('filters users by id, name, context, polymac and email, and matches', async () => {
    const ids = (body: { users: { id: string }[] }) => body.users.map((user) => user.id);
    const byid = await json('/api/users/byid/2000');
    expect(byid.op).toBe('users/byid/2000');
    expect(ids(byid)).toEqual(['20000', '20001']);
    expect(ids(await json('/api/users/byname/friend'))).toEqual(['21000']);
    expect(ids(await json('/api/users/bycontext/public'))).toEqual(['22000']);
    expect(ids(await json('/api/users/bypolymac/0004f2'))).toEqual(['20001']);
    expect(ids(await json('/api/users/byemail/example.org'))).toEqual(['20001', '21000', '22000']);
    const match = await json('/api/users/match/user');
    expect(match.op).toBe('users/match/user');
    expect(match.namematches).toHaveLength(4);
    expect(match.emailmatches).toEqual([]);
  });

  it('lists conferences with types and filters them', async () => {
    const body = await json('/api/conferences');
    expect(body.op).toBe('conferences');
    expect(body.info).toEqual({
      total: 3,
      contexts: { team: 1, friends: 1, public: 1 },
      types: ['16kHz-novideo', '48kHz-video'],
    });
    expect(body.conferences).toContainEqual({
      num: '32000',
      name: 'public_conf',
      type: '48kHz-video',
      context: 'public',
    });
    const nums = (b: { conferences: { num: string }[] }) => b.conferences.map((c) => c.num).sort();
    const bytype = await json('/api/conferences/bytype/16kHz');
    expect(bytype.op).toBe('conferences/bytype/16kHz');
    expect(nums(bytype)).toEqual(['30000', '31000']);
    expect(nums(await json('/api/conferences/bynum/31'))).toEqual(['31000']);
    expect(nums(await json('/api/conferences/byname/team_'))).toEqual(['30000']);
    expect(nums(await json('/api/conferences/bycontext/friends'))).toEqual(['31000']);
  });

  it('answers info and the whole state', async () => {
    const info = await json('/api/info');
    expect(info.op).toBe('info');
    expect(info.globals).toMatchObject({ defconpin: '0815', modconpin: '2357', internal_tls_port: '3361' });
    expect(Date.parse(info.info.maintainance.lastrun)).not.toBeNaN();
    expect(info.rebuildfailure).toBeNull();
    const state = await json('/api/info/state');
    expect(state.op).toBe('info/state');
    expect(Object.keys(state.state).sort()).toEqual([
      'conferences',
      'conferencetypes',
      'globals',
      'info',
      'users',
    ]);
  });

  it('answers /userinfo for every context with the phone settings', async () => {
    for (const who of [TEAM, FRIEND, PUBLIC]) {
      const body = await json('/userinfo', who);
      expect(body.name).toBe(who.user);
      expect(body).toMatchObject({ wss_binding: ':7443', internal_tls_port: '3361' });
    }
  });

  it('shows friends and team the non-team conferences, and everybody the public ones', async () => {
    const friendxml = await json('/friendxml', FRIEND);
    expect(friendxml.op).toBe('/friendxml');
    expect(friendxml.state.conferences.map((c: { num: string }) => c.num).sort()).toEqual(['31000', '32000']);
    expect(friendxml.state.users[0]).toEqual({
      name: 'defaultuser',
      id: '20000',
      email: 'foo@bar.baz',
      context: 'team',
    });
    expect((await get('/friendxml', PUBLIC)).status).toBe(403);
    const pubxml = await json('/pubxml', PUBLIC);
    expect(pubxml.op).toBe('/pubxml');
    expect(pubxml.state.conferences.map((c: { num: string }) => c.num)).toEqual(['32000']);
    expect(pubxml.state.users[0]).toEqual({ name: 'defaultuser', id: '20000', context: 'team' });
    expect(pubxml.state.conferencetypes).toEqual(['16kHz-novideo', '48kHz-video']);
  });

  it('answers 401 with a challenge, 403 for other contexts, 404 elsewhere, as JSON errors with their codes', async () => {
    const anonymous = await fetch(`${system.url}/api/users`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Digest /);
    expect(await anonymous.json()).toEqual({ error: expect.any(String), code: 'AUTH.UNAUTHENTICATED' });
    expect((await get('/api/users', { user: 'defaultuser', password: 'wrong' })).status).toBe(401);
    const forbidden = await get('/api/users', FRIEND);
    expect(forbidden.status).toBe(403);
    expect(JSON.parse(forbidden.body)).toEqual({ error: expect.any(String), code: 'AUTH.WRONG_CONTEXT' });
    expect((await get('/api/conferences', PUBLIC)).status).toBe(403);
    expect((await get('/api/users', TEAM2)).status).toBe(200);
    const missing = await get('/api/users/bynothing/x');
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toEqual({ error: expect.any(String), code: 'ROUTE.NOT_FOUND' });
    const nowhere = await get('/api/nowhere');
    expect({ status: nowhere.status, body: JSON.parse(nowhere.body) }).toEqual({
      status: 404,
      body: { error: 'Cannot GET /api/nowhere', code: 'HTTP.NOT_FOUND' },
    });
  });

  it('rebuilds the state after a reloadxml issued directly to FreeSWITCH', async () => {
    writeFileSync(
      join(system.workspace.confDir, 'directory', 'public', '22001.xml'),
      userFile('22001', 'newcomer', 'public'),
    );
    const reply = await rawApi('127.0.0.1', system.simulator.port, 'ClueCon', 'reloadxml');
    expect(reply).toBe('+OK [Success]\n');
    const body = await eventually(async () => {
      const users = await json('/api/users/byid/22001');
      expect(users.users).toHaveLength(1);
      return json('/api/info');
    });
    expect(body.info.reloadxml.lastmsg).toBe('+OK [Success]');
    expect((await get('/userinfo', { user: 'newcomer', password: 'pw22001' })).status).toBe(200);
  });

  it('reconnects after FreeSWITCH restarts and reads the configuration again', async () => {
    await system.simulator.stop();
    expect((await get('/api/users')).status).toBe(200);
    writeFileSync(
      join(system.workspace.confDir, 'directory', 'friends', '21001.xml'),
      userFile('21001', 'latecomer', 'friends'),
    );
    await system.restartSimulator();
    await eventually(async () => expect((await json('/api/users/byid/21001')).users).toHaveLength(1), 20000);
  });
});

describe('read routes while FreeSWITCH was never reachable', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startSystem();
    await system.app.close();
    await system.simulator.stop();
    const { createConnector } = await import('../src/create-connector');
    system.app = await createConnector(system.config, { logger: false });
  });
  afterAll(async () => {
    await system.app.close();
    system.workspace.remove();
  });

  it('answers 503 with a clear message', async () => {
    const url = (await system.app.getUrl()).replace('[::1]', '127.0.0.1');
    const response = await digestFetch(`${url}/api/users`, TEAM);
    expect(response.status).toBe(503);
    expect(JSON.parse(response.body)).toEqual({
      error: expect.stringMatching(/FreeSWITCH/),
      code: 'AUTH.NOT_READY',
    });
  });
});
