import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { CONFERENCES_STATE } from '../../dialplan/commands/test-support/conferences.fixture';
import { fileChangesEdit } from '../config-edit';
import { configFilesHarness } from '../test-support/config-files-harness';
import { folderSnapshot } from '../test-support/folder-snapshot';
import { writeFiles, type FileChange } from '../write-files';
import { ConfigRecovery } from './config-recovery';

const FILES = {
  'dialplan/conferences/30000.xml': 'conference 30000',
  'directory/public/22000.xml': 'user 22000',
};
const CHANGES: FileChange[] = [
  { path: 'dialplan/conferences/30000.xml', content: 'changed' },
  { path: 'dialplan/conferences/30001.xml', content: 'added' },
  { path: 'directory/public/22000.xml', content: null },
];

function setUp() {
  const harness = configFilesHarness(CONFERENCES_STATE, FILES);
  const recovery = new ConfigRecovery(harness.folder, harness.intents, harness.reloads);
  return { ...harness, recovery };
}

describe('ConfigRecovery at start', () => {
  let log: jest.SpyInstance;
  beforeEach(() => (log = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined)));
  afterEach(() => jest.restoreAllMocks());

  it('given a write was interrupted half-way, takes it back as a whole and has FreeSWITCH reload once connected', async () => {
    const { root, folder, intents, esl, rebuilds, reloads, recovery, cleanUp } = setUp();
    const before = folderSnapshot(root);
    const undo = await fileChangesEdit(folder, CHANGES).prepare();
    await intents.begin({ root, startedAt: '2026-12-07T10:00:00.000Z', undo });
    await writeFiles(folder, CHANGES.slice(0, 2));

    await recovery.onModuleInit();

    expect(folderSnapshot(root)).toEqual(before);
    expect(existsSync(intents.path)).toBe(false);
    expect(log).toHaveBeenCalledWith(
      expect.stringMatching(/begun at 2026-12-07T10:00:00.000Z .* taken back: 2 of its 3 files put back/),
    );
    await reloads.connected();
    expect(esl.sent).toEqual(['reloadxml']);
    expect(rebuilds).toHaveLength(1);
    await reloads.connected();
    expect(esl.sent).toEqual(['reloadxml']);
    cleanUp();
  });

  it('given no write was under way, changes nothing and only reads the state on connecting', async () => {
    const { root, esl, rebuilds, reloads, recovery, cleanUp } = setUp();
    const before = folderSnapshot(root);

    await recovery.onModuleInit();
    await reloads.connected();

    expect(folderSnapshot(root)).toEqual(before);
    expect(esl.sent).toEqual([]);
    expect(rebuilds.map((command) => command.reason)).toEqual(['connected']);
    expect(log).not.toHaveBeenCalled();
    cleanUp();
  });

  it('removes the temporary files its own work left, here and in the static folder, and nothing else', async () => {
    const { root, staticDir, recovery, cleanUp } = setUp();
    const strays = [
      'directory/public/.22001.xml.0123456789ab.tmp',
      'dialplan/.fscon-backup-0123456789ab',
      `.config-write-intent.json.0123456789ab.tmp`,
    ];
    writeFileSync(join(root, strays[0]!), 'half');
    mkdirSync(join(root, strays[1]!));
    writeFileSync(join(staticDir, strays[2]!), '{');
    mkdirSync(join(staticDir, 'store'));
    writeFileSync(join(staticDir, 'store', '.directory.tar.gz.abcdefabcdef.tmp'), '');
    writeFileSync(join(root, 'directory/public/.notes.tmp'), 'someone else’s');

    await recovery.onModuleInit();

    expect(readdirSync(join(root, 'directory/public')).sort()).toEqual(['.notes.tmp', '22000.xml']);
    expect(readdirSync(join(root, 'dialplan'))).toEqual(['conferences']);
    expect(readdirSync(staticDir)).toEqual(['store']);
    expect(readdirSync(join(staticDir, 'store'))).toEqual([]);
    expect(log).toHaveBeenCalledWith(
      expect.stringMatching(/^removed 4 temporary files and folders left behind: /),
    );
    cleanUp();
  });

  it('does not start on a record it cannot read, naming it', async () => {
    const { intents, recovery, cleanUp } = setUp();
    writeFileSync(intents.path, '{"version":1,');

    await expect(recovery.onModuleInit()).rejects.toThrow(
      `cannot read the record of an interrupted configuration change at ${intents.path}`,
    );
    cleanUp();
  });
});
