import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import * as tar from 'tar';
import { configFilesHarness, REFUSED } from '../../../config-files/test-support/config-files-harness';
import { folderSnapshot } from '../../../config-files/test-support/folder-snapshot';
import { CONFERENCES_STATE } from '../../../dialplan/commands/test-support/conferences.fixture';
import { StoreConfigCommand } from '../store-config/store-config.command';
import { StoreConfigHandler } from '../store-config/store-config.handler';
import { RestoreConfigCommand } from './restore-config.command';
import { RestoreConfigHandler } from './restore-config.handler';

const FILES = {
  'freeswitch.xml': '<document/>',
  'dialplan/team.xml': '<include/>',
  'dialplan/conferences/30000.xml': 'conference 30000',
  'directory/team/20000.xml': 'user 20000',
};

function setUp(reloadAnswers?: string[]) {
  const harness = configFilesHarness(CONFERENCES_STATE, FILES, { reloadAnswers });
  const store = new StoreConfigHandler(harness.transactions, harness.adminJournal, harness.config);
  const restore = new RestoreConfigHandler(harness.transactions, harness.adminJournal, harness.config);
  const snapshot = () => folderSnapshot(harness.root);
  return { harness, staticDir: harness.staticDir, store, restore, snapshot, cleanUp: harness.cleanUp };
}

describe('StoreConfigHandler and RestoreConfigHandler', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('given a stored folder, when it changes and is restored, then it is as stored again', async () => {
    const { harness, staticDir, store, restore, snapshot, cleanUp } = setUp();
    const stored = snapshot();
    expect(await store.execute(new StoreConfigCommand('dialplan', 'defaultuser'))).toEqual({
      op: 'store/dialplan',
      done: join(staticDir, 'store', 'dialplan.tar.gz'),
      failed: '',
    });
    writeFileSync(join(harness.root, 'dialplan/conferences/30001.xml'), 'added');
    rmSync(join(harness.root, 'dialplan/team.xml'));

    expect(await restore.execute(new RestoreConfigCommand('dialplan', 'defaultuser'))).toEqual({
      op: 'restore/dialplan',
      done: join(harness.root, 'dialplan'),
      failed: '',
    });
    expect(snapshot()).toEqual(stored);
    expect(readdirSync(join(harness.root, 'dialplan')).sort()).toEqual(['conferences', 'team.xml']);
    expect(harness.esl.sent).toEqual(['reloadxml']);
    const tarball = join(staticDir, 'store', 'dialplan.tar.gz');
    expect(harness.journaled().map(({ kind, source, payload }) => ({ kind, source, payload }))).toEqual([
      {
        kind: 'config.stored',
        source: { type: 'admin', user: 'defaultuser' },
        payload: { op: 'store/dialplan', file: tarball },
      },
      {
        kind: 'config.restored',
        source: { type: 'admin', user: 'defaultuser' },
        payload: { op: 'restore/dialplan', file: tarball },
      },
    ]);
    cleanUp();
  });

  it('restores the whole configuration folder', async () => {
    const { harness, store, restore, snapshot, cleanUp } = setUp();
    const stored = snapshot();
    await store.execute(new StoreConfigCommand('freeswitch', 'defaultuser'));
    rmSync(join(harness.root, 'directory'), { recursive: true });
    expect((await restore.execute(new RestoreConfigCommand('freeswitch', 'defaultuser'))).failed).toBe('');
    expect(snapshot()).toEqual(stored);
    cleanUp();
  });

  it('fails when nothing was stored, changing nothing', async () => {
    const { staticDir, restore, snapshot, harness, cleanUp } = setUp();
    const before = snapshot();
    expect(await restore.execute(new RestoreConfigCommand('conferences', 'defaultuser'))).toEqual({
      op: 'restore/conferences',
      done: '',
      failed: `no stored conferences at ${join(staticDir, 'store', 'conferences.tar.gz')}`,
    });
    expect(snapshot()).toEqual(before);
    expect(harness.esl.sent).toEqual([]);
    expect(harness.journaled()).toEqual([]);
    cleanUp();
  });

  it('swaps the old contents back when FreeSWITCH refuses the restored XML', async () => {
    const { harness, store, restore, snapshot, cleanUp } = setUp([REFUSED, '+OK [Success]\n']);
    await store.execute(new StoreConfigCommand('directory', 'defaultuser'));
    writeFileSync(join(harness.root, 'directory/team/20001.xml'), 'newer user');
    const before = snapshot();
    const answer = await restore.execute(new RestoreConfigCommand('directory', 'defaultuser'));
    expect(answer.failed).toBe('FreeSWITCH refused the new configuration: [error near line 7]: missing >');
    expect(snapshot()).toEqual(before);
    expect(readdirSync(join(harness.root, 'directory'))).toEqual(['team']);
    expect(harness.journaled().map(({ kind, payload }) => ({ kind, payload }))).toEqual([
      { kind: 'config.stored', payload: expect.objectContaining({ op: 'store/directory' }) },
      {
        kind: 'write.refused',
        payload: { op: 'restore/directory', error: answer.failed, elements: 1 },
      },
    ]);
    cleanUp();
  });

  it('refuses tarballs with paths or links leading outside, changing nothing', async () => {
    const { staticDir, restore, snapshot, harness, cleanUp } = setUp();
    const source = mkdtempSync(join(tmpdir(), 'fscon-evil-'));
    mkdirSync(join(source, 'team'));
    symlinkSync('/etc', join(source, 'team', 'etc'));
    mkdirSync(join(staticDir, 'store'));
    const evil = join(staticDir, 'store', 'directory.tar.gz');
    await tar.c({ gzip: true, file: evil, cwd: source }, ['.']);
    const before = snapshot();
    const answer = await restore.execute(new RestoreConfigCommand('directory', 'defaultuser'));
    expect(answer.failed).toBe(`refusing ${evil}: "./team/etc" is a link to "/etc", outside the folder`);
    writeFileSync(evil, 'not a tarball');
    expect((await restore.execute(new RestoreConfigCommand('directory', 'defaultuser'))).failed).toMatch(
      /^refusing .*TAR_BAD_ARCHIVE/,
    );
    expect(snapshot()).toEqual(before);
    expect(harness.esl.sent).toEqual([]);
    rmSync(source, { recursive: true });
    cleanUp();
  });
});
