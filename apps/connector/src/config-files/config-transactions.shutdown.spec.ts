import { existsSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { CONFERENCES_STATE } from '../dialplan/commands/test-support/conferences.fixture';
import type { ConfigChange } from './config-change';
import { ConfigFolder } from './config-folder';
import { ConfigRecovery } from './recovery/config-recovery';
import { WriteIntentStore } from './recovery/write-intent-store';
import { configFilesHarness } from './test-support/config-files-harness';
import { folderSnapshot } from './test-support/folder-snapshot';

const FILES = { 'dialplan/conferences/30000.xml': 'conference 30000' };
const ADD: ConfigChange[] = ['30001', '30002'].map((num) => ({
  type: 'ConferenceFileWritten',
  conference: { num, name: `c${num}`, type: '16kHz-novideo' },
}));

/** A FreeSWITCH whose answer to reloadxml waits until the test releases it (or forever). */
function setUp() {
  const harness = configFilesHarness(CONFERENCES_STATE, FILES);
  let release: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => (release = resolve));
  let reloading: () => void = () => undefined;
  const reloadAsked = new Promise<void>((resolve) => (reloading = resolve));
  harness.esl.answer('reloadxml', async () => {
    reloading();
    await answered;
    return '+OK [Success]\n';
  });
  const write = harness.transactions.run((tx) => tx.commitChanges(ADD));
  return { ...harness, write, reloadAsked, release };
}

describe('ConfigTransactions when the application stops', () => {
  let warn: jest.SpyInstance;
  beforeEach(() => (warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined)));
  afterEach(() => jest.restoreAllMocks());

  it('lets the change under way finish, and refuses the ones after it', async () => {
    const { transactions, write, reloadAsked, release, read, intents, cleanUp } = setUp();
    await reloadAsked;

    const stopped = transactions.onModuleDestroy();
    const later = transactions.run((tx) => tx.commitChanges(ADD));
    release();
    await stopped;

    await expect(write).resolves.toMatchObject({ accepted: true });
    expect(read('dialplan/conferences/30002.xml')).toContain('c30002@16kHz-novideo');
    expect(existsSync(intents.path)).toBe(false);
    await expect(later).rejects.toMatchObject({
      code: 'CONFIG.NOT_READY',
      message: 'the connector is stopping; nothing was changed',
    });
    cleanUp();
  });

  it('takes the change back itself when it does not end in time, keeping the record for the next start', async () => {
    const { root, staticDir, folder, transactions, reloadAsked, intents, reloads, esl, cleanUp } = setUp();
    const before = folderSnapshot(root);
    await reloadAsked;
    transactions.shutdownWaitMs = 20;

    await transactions.onModuleDestroy();

    expect(folderSnapshot(root)).toEqual(before);
    expect(existsSync(intents.path)).toBe(true);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/did not end within 20 ms and was taken back \(2 of its/),
    );
    await expect(folder.write('dialplan/conferences/30003.xml', 'late')).rejects.toThrow(/no longer written/);

    const nextStart = new WriteIntentStore(staticDir);
    await new ConfigRecovery(new ConfigFolder(root), nextStart, reloads).onModuleInit();
    expect(existsSync(nextStart.path)).toBe(false);
    expect(folderSnapshot(root)).toEqual(before);
    esl.answer('reloadxml', '+OK [Success]\n');
    esl.sent.length = 0;
    await reloads.connected();
    expect(esl.sent).toEqual(['reloadxml']);
    cleanUp();
  });

  it('stops at once when no change is under way', async () => {
    const { transactions, release, write, cleanUp } = setUp();
    release();
    await write;
    await transactions.onModuleDestroy();
    await expect(transactions.run(async () => 'never')).rejects.toMatchObject({ code: 'CONFIG.NOT_READY' });
    cleanUp();
  });
});
