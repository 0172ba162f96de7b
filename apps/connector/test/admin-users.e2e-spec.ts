import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { folderSnapshot } from '../src/config-files/testing/folder-snapshot';
import { digestFetch } from './support/digest-client';
import { rawApi } from './support/raw-esl';
import { eventually, startSystem, type TestSystem } from './support/system';

const TEAM = { user: 'defaultuser', password: 'napw' };

interface UserJson {
  id: string;
  password: string;
  conpin: string;
  context: string;
  name: string;
  email: string;
  polymac: string;
}

describe('user write routes against the simulator', () => {
  let system: TestSystem;
  const request = (path: string, body?: unknown, who = TEAM) =>
    digestFetch(`${system.url}${path}`, {
      ...who,
      method: body === undefined ? 'GET' : 'POST',
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });
  const ok = async (path: string, body?: unknown) => {
    const response = await request(path, body);
    expect(response.status).toBe(200);
    return JSON.parse(response.body);
  };
  const users = async (): Promise<UserJson[]> => (await ok('/api/users')).users;
  const byId = async (id: string) => (await users()).find((user) => user.id === id);
  const locate = () =>
    rawApi(
      system.config.freeswitch.host,
      system.config.freeswitch.port,
      system.config.freeswitch.password,
      'xml_locate directory',
    );
  const confFile = (path: string) => join(system.workspace.confDir, path);
  const snapshot = () => folderSnapshot(system.workspace.confDir);

  beforeAll(async () => {
    system = await startSystem();
    await eventually(async () => expect((await request('/api/users')).status).toBe(200));
  });
  afterAll(() => system.stop());

  it('adds users, answering after FreeSWITCH has them, and they can log in', async () => {
    const body = await ok('/api/users/add', [
      { name: ' Ann ', email: 'ann@example.org', context: 'public' },
      { name: 'defaultuser', email: 'x@example.org', context: 'team' },
    ]);
    expect(body.op).toBe('users/add');
    expect(body.done).toEqual([
      {
        id: '22001',
        password: expect.stringMatching(/^[A-Za-z0-9]{10}$/),
        conpin: '0815',
        context: 'public',
        name: 'Ann',
        email: 'ann@example.org',
        polymac: 'none',
      },
    ]);
    expect(body.failed).toEqual([
      { error: 'name already taken', user: { name: 'defaultuser', email: 'x@example.org', context: 'team' } },
    ]);
    expect(await byId('22001')).toEqual(body.done[0]);
    expect(await locate()).toContain('<user id="22001">');
    expect(readFileSync(confFile('directory/public/22001.xml'), 'utf8')).toContain('value="$${defconpin}"');
    const login = await digestFetch(`${system.url}/userinfo`, {
      user: 'Ann',
      password: body.done[0].password,
    });
    expect(login.status).toBe(200);
  });

  it('modifies users; a new context gives a new id and the old file goes', async () => {
    const changed = await ok('/api/users/mod', [
      { id: '22001', email: 'ann@new.example.org', password: 'annpw', polymac: '0004F2000001' },
    ]);
    expect(changed).toEqual({
      op: 'users/mod',
      done: [
        {
          id: '22001',
          password: 'annpw',
          conpin: '0815',
          context: 'public',
          name: 'Ann',
          email: 'ann@new.example.org',
          polymac: '0004f2000001',
        },
      ],
      failed: [],
    });
    const moved = await ok('/api/users/mod', [
      { id: '22001', context: 'friends', password: 'annpw' },
      { id: '29999' },
    ]);
    expect(moved.done).toEqual([
      {
        id: '21001',
        password: 'annpw',
        conpin: '0815',
        context: 'friends',
        name: 'Ann',
        email: 'ann@new.example.org',
        polymac: 'none',
      },
    ]);
    expect(moved.failed).toEqual([{ error: 'no userid 29999', user: { id: '29999' } }]);
    expect(existsSync(confFile('directory/public/22001.xml'))).toBe(false);
    expect(existsSync(confFile('directory/friends/21001.xml'))).toBe(true);
    const directory = await locate();
    expect(directory).toContain('<user id="21001">');
    expect(directory).not.toContain('<user id="22001">');
    expect(await byId('22001')).toBeUndefined();
  });

  it('deletes users', async () => {
    const body = await ok('/api/users/del', [{ id: '21001' }, { id: '21001' }]);
    expect(body.done.map((user: UserJson) => user.name)).toEqual(['Ann']);
    expect(body.failed).toEqual([{ error: 'no userid 21001', user: { id: '21001' } }]);
    expect(existsSync(confFile('directory/friends/21001.xml'))).toBe(false);
    expect(await locate()).not.toContain('<user id="21001">');
    expect(await byId('21001')).toBeUndefined();
  });

  it('hands out distinct ids to concurrent requests', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        ok('/api/users/add', [{ name: `crowd${i}`, email: `c${i}@example.org`, context: 'friends' }]),
      ),
    );
    const ids = answers.map((answer) => answer.done[0].id);
    expect(new Set(ids).size).toBe(20);
    expect(ids.every((id) => Number(id) >= 21001 && Number(id) <= 21020)).toBe(true);
    const known = new Set((await users()).map((user) => user.id));
    expect(ids.every((id) => known.has(id))).toBe(true);
    await ok(
      '/api/users/del',
      ids.map((id) => ({ id })),
    );
  });

  it('puts every file back when FreeSWITCH refuses the new configuration, and reports why', async () => {
    const planted = confFile('directory/team/29999.xml');
    writeFileSync(planted, '<include>\n  <user id="29999"\n</include>\n');
    const before = snapshot();
    const usersBefore = await users();

    const body = await ok('/api/users/add', [{ name: 'refused', email: 'r@example.org', context: 'team' }]);

    expect(body.done).toEqual([]);
    expect(body.failed).toEqual([
      {
        error: expect.stringMatching(/^FreeSWITCH refused the new configuration: \[error near line \d+\]/),
        user: { name: 'refused', email: 'r@example.org', context: 'team' },
      },
    ]);
    expect(snapshot()).toEqual(before);
    expect(await users()).toEqual(usersBefore);
    expect((await ok('/api/info')).info.reloadxml.lastmsg).toMatch(/^\+OK \[\[error near line/);
    rmSync(planted);
  });

  it('escapes what it writes, so names cannot inject XML or preprocessor commands', async () => {
    const hostile = ['"/><param name="x', '$${modconpin}', 'x-pre-process <include>', 'Zoë 😀'];
    const body = await ok(
      '/api/users/add',
      hostile.map((name, i) => ({
        name,
        email: `h${i}@example.org`,
        context: 'public',
        password: `${name}&pw`,
      })),
    );
    expect(body.failed).toEqual([]);
    for (const user of body.done as UserJson[]) {
      expect(await byId(user.id)).toEqual(user);
      expect(hostile).toContain(user.name);
      expect(user.password).toBe(`${user.name}&pw`);
    }
    expect((await locate()).match(/<param name="x"/g)).toBeNull();
    const zoe = (body.done as UserJson[]).find((user) => user.name === 'Zoë 😀')!;
    expect(
      (await digestFetch(`${system.url}/userinfo`, { user: zoe.name, password: zoe.password })).status,
    ).toBe(200);
    await ok(
      '/api/users/del',
      body.done.map((user: UserJson) => ({ id: user.id })),
    );
  });

  it('refuses bad bodies whole with 400, changing nothing', async () => {
    const before = snapshot();
    const cases: [unknown, RegExp][] = [
      [{ name: 'a', email: 'a@b.cd', context: 'team' }, /JSON array/],
      [[{ name: 'a', email: 'a@b.cd', context: 'team', admin: true }], /property admin should not exist/],
      [[{ name: 'a', email: 'a@b.cd', context: 7 }], /context must be a string/],
      [[{ name: 'ok', email: 'a@b.cd', context: 'team' }, null], /\[1\] must be an object/],
    ];
    for (const [body, message] of cases) {
      const response = await request('/api/users/add', body);
      expect(response.status).toBe(400);
      expect(JSON.parse(response.body).error).toMatch(message);
    }
    const traversal = await request('/api/users/del', [{ id: '../../etc/passwd' }]);
    expect(traversal.status).toBe(400);
    expect(JSON.parse(traversal.body).error).toMatch(/id must be a number/);
    expect((await request('/api/users/add', '[{"name": "a",')).status).toBe(400);
    expect(snapshot()).toEqual(before);
  });

  it('rebuilds every user file from the state without changing a user', async () => {
    const before = await users();
    const body = await ok('/api/users/rebuild');
    expect(body.op).toBe('users/rebuild');
    expect(body.done).toEqual(before);
    expect(body.failed).toEqual([]);
    expect(await users()).toEqual(before);
    expect(readFileSync(confFile('directory/team/20000.xml'), 'utf8')).toContain('value="$${modconpin}"');
  });

  it('keeps the write routes for the team', async () => {
    const friend = { user: 'frienduser', password: 'pw21000' };
    expect((await request('/api/users/add', [], friend)).status).toBe(403);
    expect((await request('/api/users/rebuild', undefined, friend)).status).toBe(403);
  });
});
