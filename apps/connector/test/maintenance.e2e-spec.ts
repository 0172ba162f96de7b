import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tar from 'tar';
import { folderSnapshot } from '../src/config-files/test-support/folder-snapshot';
import { jsonRequests } from './support/json-requests';
import { eventually, startSystem, type TestSystem } from './support/system';

describe('store and restore against the simulator', () => {
  let system: TestSystem;
  const { request: call, ok, locate } = jsonRequests(() => system);
  const storeFile = (dir: string) => join(system.workspace.staticDir, 'store', `${dir}.tar.gz`);
  const conf = (path = '.') => join(system.workspace.confDir, path);

  beforeAll(async () => {
    system = await startSystem();
    await eventually(async () => expect((await call('/api/users')).status).toBe(200));
  });
  afterAll(() => system.stop());

  it('stores the conferences, and restoring them undoes later changes', async () => {
    const stored = folderSnapshot(conf('dialplan/conferences'));
    expect(await ok('/api/store/conferences')).toEqual({
      op: 'store/conferences',
      done: storeFile('conferences'),
      failed: '',
    });
    await ok('/api/conferences/add', [{ name: 'later', type: '16kHz-novideo', context: 'team' }]);
    await ok('/api/conferences/del', [{ num: '31000' }]);
    expect(await locate('dialplan')).toContain('later@16kHz-novideo');

    expect(await ok('/api/restore/conferences')).toEqual({
      op: 'restore/conferences',
      done: conf('dialplan/conferences'),
      failed: '',
    });
    expect(folderSnapshot(conf('dialplan/conferences'))).toEqual(stored);
    const dialplan = await locate('dialplan');
    expect(dialplan).not.toContain('later@');
    expect(dialplan).toContain('friends_conf@16kHz-novideo');
    const { conferences } = await ok('/api/conferences');
    expect(conferences.map((c: { num: string }) => c.num).sort()).toEqual(['30000', '31000', '32000']);
  });

  it('round-trips the whole configuration folder', async () => {
    const stored = folderSnapshot(conf());
    await ok('/api/store/freeswitch');
    await ok('/api/users/del', [{ id: '22000' }]);
    expect(await locate('directory')).not.toContain('<user id="22000">');
    expect((await ok('/api/restore/freeswitch')).failed).toBe('');
    expect(folderSnapshot(conf())).toEqual(stored);
    expect(await locate('directory')).toContain('<user id="22000">');
    expect((await ok('/api/users')).users.map((u: { id: string }) => u.id)).toContain('22000');
  });

  it('fails a restore with nothing stored, and refuses unknown folders', async () => {
    expect(await ok('/api/restore/directory')).toEqual({
      op: 'restore/directory',
      done: '',
      failed: `no stored directory at ${storeFile('directory')}`,
    });
    for (const path of ['/api/store/etc', '/api/restore/..%2F..%2Fetc']) {
      const response = await call(path);
      expect(response.status).toBe(400);
      expect(JSON.parse(response.body).error).toMatch(/one of directory, dialplan, conferences, freeswitch/);
    }
  });

  it('refuses a tarball with a link out of the folder, changing nothing', async () => {
    const source = mkdtempSync(join(tmpdir(), 'fscon-evil-'));
    mkdirSync(join(source, 'team'));
    symlinkSync('/etc', join(source, 'team', 'etc'));
    await tar.c({ gzip: true, file: storeFile('directory'), cwd: source }, ['.']);
    rmSync(source, { recursive: true });
    const before = folderSnapshot(conf());
    const answer = await ok('/api/restore/directory');
    expect(answer.failed).toMatch(/"\.\/team\/etc" is a link to "\/etc", outside the folder/);
    expect(folderSnapshot(conf())).toEqual(before);
  });
});
