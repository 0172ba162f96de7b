import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { folderSnapshot } from '../../src/config-files/test-support/folder-snapshot';
import { adminClient } from './support/admin-client';
import { conferenceCallers } from './support/conference-callers';
import { describeRealFs } from './support/realfs';
import { startRealSystem, type RealSystem } from './support/real-system';
import { expectConferencesAgree, expectUsersAgree } from './support/switch-agreement';
import { userData, userExists } from './support/switch-user';

describeRealFs('real FreeSWITCH: storing and restoring the configuration', () => {
  let system: RealSystem;
  const client = adminClient(() => system);
  const conf = (path = '.') => join(system.freeswitch.confDir, path);
  const storeFile = (dir: string) => join(system.staticDir, 'store', `${dir}.tar.gz`);

  beforeAll(async () => {
    system = await startRealSystem();
  }, 60_000);
  afterAll(() => system?.stop());

  it('fails a restore with nothing stored, changing nothing', async () => {
    const before = folderSnapshot(conf());
    expect(await client.ok('/api/restore/dialplan')).toEqual({
      op: 'restore/dialplan',
      done: '',
      failed: `no stored dialplan at ${storeFile('dialplan')}`,
    });
    expect(folderSnapshot(conf())).toEqual(before);
  });

  it('restores the stored conferences, and FreeSWITCH routes them as before', async () => {
    const stored = folderSnapshot(conf('dialplan/conferences'));
    expect(await client.ok('/api/store/conferences')).toEqual({
      op: 'store/conferences',
      done: storeFile('conferences'),
      failed: '',
    });
    expect(existsSync(storeFile('conferences'))).toBe(true);
    await client.writeConferences('add', [{ name: 'later', type: '16kHz-novideo', context: 'team' }]);
    await client.writeConferences('del', [{ num: '31000' }]);
    expect((await expectConferencesAgree(system)).map((conference) => conference.num).sort()).toEqual([
      '30000',
      '30001',
      '32000',
    ]);

    expect(await client.ok('/api/restore/conferences')).toEqual({
      op: 'restore/conferences',
      done: conf('dialplan/conferences'),
      failed: '',
    });
    expect(folderSnapshot(conf('dialplan/conferences'))).toEqual(stored);
    const restored = await expectConferencesAgree(system);
    expect(restored.map((conference) => conference.num).sort()).toEqual(['30000', '31000', '32000']);
    const friendsConf = restored.find((conference) => conference.num === '31000')!;
    await conferenceCallers(system.freeswitch).expectToJoin(friendsConf, '55531');
  });

  it('restores the stored directory, and FreeSWITCH knows the users as they were', async () => {
    const stored = folderSnapshot(conf('directory'));
    expect((await client.ok('/api/store/directory')).failed).toBe('');
    const added = await client.writeUsers('add', [
      { name: 'later', email: 'l@example.org', context: 'team' },
    ]);
    await client.writeUsers('mod', [{ id: '21000', password: 'changed-pw' }]);
    await client.writeUsers('del', [{ id: '22000' }]);
    expect(await userExists(system.freeswitch, added.done[0]!.id)).toBe(true);
    expect((await userData(system.freeswitch, '21000')).password).toBe('changed-pw');
    expect(await userExists(system.freeswitch, '22000')).toBe(false);

    expect((await client.ok('/api/restore/directory')).failed).toBe('');
    expect(folderSnapshot(conf('directory'))).toEqual(stored);
    expect(await userExists(system.freeswitch, added.done[0]!.id)).toBe(false);
    expect((await userData(system.freeswitch, '21000')).password).toBe('pw21000');
    const users = await client.users();
    expect(users.map((user) => user.id).sort()).toEqual(['20000', '20001', '21000', '22000']);
    await expectUsersAgree(system, users);
  });

  it('round-trips the whole configuration folder', async () => {
    const stored = folderSnapshot(conf());
    expect((await client.ok('/api/store/freeswitch')).failed).toBe('');
    await client.writeUsers('del', [{ id: '20001' }]);
    await client.writeConferences('del', [{ num: '32000' }]);

    expect((await client.ok('/api/restore/freeswitch')).failed).toBe('');
    expect(folderSnapshot(conf())).toEqual(stored);
    const users = await client.users();
    expect(users.map((user) => user.id)).toContain('20001');
    await expectUsersAgree(system, users);
    expect((await expectConferencesAgree(system)).map((conference) => conference.num)).toContain('32000');
  });
});
