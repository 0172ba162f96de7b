import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { folderSnapshot } from '../src/config-files/test-support/folder-snapshot';
import { digestFetch } from './support/digest-client';
import { jsonRequests } from './support/json-requests';
import { eventually, startSystem, type TestSystem } from './support/system';

interface UserJson {
  id: string;
  password: string;
  conpin: string;
  context: string;
  name: string;
  email: string;
  polymac: string;
}

describe('user write routes refusing what they must, against the simulator', () => {
  let system: TestSystem;
  const { request, ok, locate: xmlLocate } = jsonRequests(() => system);
  const users = async (): Promise<UserJson[]> => (await ok('/api/users')).users;
  const byId = async (id: string) => (await users()).find((user) => user.id === id);
  const locate = () => xmlLocate('directory');
  const confFile = (path: string) => join(system.workspace.confDir, path);
  const snapshot = () => folderSnapshot(system.workspace.confDir);

  beforeAll(async () => {
    system = await startSystem();
    await eventually(async () => expect((await request('/api/users')).status).toBe(200));
  });
  afterAll(() => system.stop());

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

  it('keeps the write routes for the team', async () => {
    const friend = { user: 'frienduser', password: 'pw21000' };
    expect((await request('/api/users/add', [], friend)).status).toBe(403);
    expect((await request('/api/users/rebuild', undefined, friend)).status).toBe(403);
  });
});
