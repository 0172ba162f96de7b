import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

describe('user write routes against the simulator', () => {
  let system: TestSystem;
  const { request, ok, locate: xmlLocate } = jsonRequests(() => system);
  const users = async (): Promise<UserJson[]> => (await ok('/api/users')).users;
  const byId = async (id: string) => (await users()).find((user) => user.id === id);
  const locate = () => xmlLocate('directory');
  const confFile = (path: string) => join(system.workspace.confDir, path);

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

  it('rebuilds every user file from the state without changing a user', async () => {
    const before = await users();
    const body = await ok('/api/users/rebuild');
    expect(body.op).toBe('users/rebuild');
    expect(body.done).toEqual(before);
    expect(body.failed).toEqual([]);
    expect(await users()).toEqual(before);
    expect(readFileSync(confFile('directory/team/20000.xml'), 'utf8')).toContain('value="$${modconpin}"');
  });
});
