import { folderSnapshot } from '../src/config-files/test-support/folder-snapshot';
import { jsonRequests } from './support/json-requests';
import { eventually, startSystem, type TestSystem } from './support/system';

interface UserJson {
  id: string;
  name: string;
  email: string;
  password: string;
}

describe('values the simulator writes back unescaped after "<!", as FreeSWITCH does', () => {
  let system: TestSystem;
  const { request, ok, locate } = jsonRequests(() => system);
  const users = async (): Promise<UserJson[]> => (await ok('/api/users')).users;

  beforeAll(async () => {
    system = await startSystem();
    await eventually(async () => expect((await request('/api/users')).status).toBe(200));
  });
  afterAll(() => system.stop());

  it('stores and lists them, and keeps reading the directory after them', async () => {
    const sent = { name: "n<!<>'x é", email: 'e<!x@example.org', context: 'public', password: 'a<!b' };
    const first = await ok('/api/users/add', [sent]);
    expect(first.failed).toEqual([]);
    expect(await locate('directory')).toContain('<param name="password" value="a<!b">');
    expect(await users()).toContainEqual(first.done[0]);
    expect(first.done[0]).toMatchObject({ name: sent.name, email: sent.email, password: sent.password });

    const second = await ok('/api/users/add', [
      { name: 'after', email: 'after@example.org', context: 'team' },
    ]);
    expect(await users()).toContainEqual(second.done[0]);
    await ok(
      '/api/users/del',
      [...first.done, ...second.done].map((user: UserJson) => ({ id: user.id })),
    );
  });

  it('refuses with 400 what FreeSWITCH would write raw and read back changed, changing nothing', async () => {
    const before = folderSnapshot(system.workspace.confDir);
    const cases: [string, object[], string][] = [
      [
        '/api/users/add',
        [{ name: 'poison', email: 'p@example.org', context: 'public', password: 'a<!"b' }],
        `[0] password may not hold '"' after "<!"`,
      ],
      ['/api/users/mod', [{ id: '20000', name: 'x<!&amp;' }], `[0] name may not hold '&' after "<!"`],
      ['/api/users/mod', [{ id: '20000', email: 'a\tb@example.org' }], '[0] email may not hold U+0009'],
    ];
    for (const [path, body, message] of cases) {
      const response = await request(path, body);
      expect(response.status).toBe(400);
      expect(JSON.parse(response.body).error).toContain(message);
    }
    expect(folderSnapshot(system.workspace.confDir)).toEqual(before);
  });
});
