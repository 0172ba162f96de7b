import { existsSync, readFileSync, rmSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { CONFERENCES_STATE } from '../dialplan/commands/test-support/conferences.fixture';
import { fileChangesEdit } from './config-edit';
import { decodeIntent } from './recovery/write-intent';
import { configFilesHarness } from './test-support/config-files-harness';
import { folderSnapshot } from './test-support/folder-snapshot';

const FILES = { 'dialplan/conferences/30000.xml': 'conference 30000' };
const CHANGES = [
  { path: 'dialplan/conferences/30000.xml', content: 'changed' },
  { path: 'dialplan/conferences/30001.xml', content: 'added' },
];

describe('ConfigWriter and the record of the write under way', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('keeps the record while FreeSWITCH reloads the changed files, and drops it once the change is done', async () => {
    const { esl, folder, intents, writer, root, cleanUp } = configFilesHarness(CONFERENCES_STATE, FILES);
    let seen: unknown;
    esl.answer('reloadxml', async () => {
      seen = decodeIntent(readFileSync(intents.path, 'utf8'));
      return '+OK [Success]\n';
    });

    await expect(writer.commit(fileChangesEdit(folder, CHANGES))).resolves.toMatchObject({ accepted: true });

    expect(seen).toEqual({
      root,
      startedAt: expect.any(String),
      undo: {
        kind: 'files',
        files: [
          {
            path: 'dialplan/conferences/30000.xml',
            before: { exists: true, data: Buffer.from('conference 30000'), mode: expect.any(Number) },
          },
          { path: 'dialplan/conferences/30001.xml', before: { exists: false } },
        ],
      },
    });
    expect(existsSync(intents.path)).toBe(false);
    cleanUp();
  });

  it('drops the record once a refused change is taken back', async () => {
    const harness = configFilesHarness(CONFERENCES_STATE, FILES, {
      reloadAnswers: ['+OK [[error near line 1]]\n', '+OK [Success]\n'],
    });
    const before = folderSnapshot(harness.root);
    await expect(harness.writer.commit(fileChangesEdit(harness.folder, CHANGES))).resolves.toMatchObject({
      accepted: false,
    });
    expect(folderSnapshot(harness.root)).toEqual(before);
    expect(existsSync(harness.intents.path)).toBe(false);
    harness.cleanUp();
  });

  it('changes nothing when there is no static folder to keep the record in', async () => {
    const { esl, folder, writer, root, staticDir, cleanUp } = configFilesHarness(CONFERENCES_STATE, FILES);
    rmSync(staticDir, { recursive: true });
    const before = folderSnapshot(root);

    await expect(writer.commit(fileChangesEdit(folder, CHANGES))).rejects.toMatchObject({
      code: 'CONFIG.NOT_READY',
      message: expect.stringMatching(/^cannot keep the record of the change at .*; nothing was changed$/),
    });
    expect(folderSnapshot(root)).toEqual(before);
    expect(esl.sent).toEqual([]);
    cleanUp();
  });
});
