import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileChangesEdit } from '../config-edit';
import { ConfigFolder } from '../config-folder';
import { folderSwap } from '../folder-swap';
import { folderSnapshot } from '../test-support/folder-snapshot';
import { writeFiles, type FileChange } from '../write-files';
import { rollBack } from './roll-back';
import type { SwapUndo } from './write-intent';

function folderWith(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'fscon-rollback-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return {
    root,
    folder: new ConfigFolder(root),
    cleanUp: () => rmSync(root, { recursive: true, force: true }),
  };
}

const FILES = {
  'directory/team/20000.xml': 'user 20000',
  'directory/team/20001.xml': 'user 20001',
  'directory/default.xml': '<include/>',
};

describe('rollBack', () => {
  it('given a write of files stopped after any number of its files, puts the folder back as it was', async () => {
    const changes: FileChange[] = [
      { path: 'directory/team/20000.xml', content: 'changed 20000' },
      { path: 'directory/team/20001.xml', content: null },
      { path: 'directory/team/20002.xml', content: 'new 20002' },
      { path: 'directory/public/22000.xml', content: 'new 22000' },
    ];
    for (let done = 0; done <= changes.length; done += 1) {
      const { root, folder, cleanUp } = folderWith(FILES);
      const before = folderSnapshot(root);
      const undo = await fileChangesEdit(folder, changes).prepare();
      await writeFiles(folder, changes.slice(0, done));

      await rollBack(folder, undo);
      expect(folderSnapshot(root)).toEqual(before);
      await rollBack(folder, undo);
      expect(folderSnapshot(root)).toEqual(before);
      cleanUp();
    }
  });

  it('given a folder swap stopped after any of its renames, puts the folder back as it was', async () => {
    const stagedFiles = { 'team/20000.xml': 'restored 20000', 'friends/21000.xml': 'restored 21000' };
    const steps = (undo: SwapUndo) => [
      ...undo.before.map((name) => [name, join(undo.backup, name)]),
      ...undo.incoming.map((name) => [join(undo.staged, name), name]),
    ];
    for (let done = 0; ; done += 1) {
      const { root, folder, cleanUp } = folderWith(FILES);
      const before = folderSnapshot(root);
      const swap = folderSwap(folder, 'directory');
      for (const [path, content] of Object.entries(stagedFiles)) {
        mkdirSync(dirname(join(swap.staged, path)), { recursive: true });
        writeFileSync(join(swap.staged, path), content);
      }
      const undo = (await swap.edit.prepare()) as SwapUndo;
      mkdirSync(join(root, 'directory', undo.backup));
      const renames = steps(undo);
      renames
        .slice(0, done)
        .forEach(([from, to]) => renameSync(join(root, 'directory', from), join(root, 'directory', to)));

      await rollBack(folder, undo);
      expect(folderSnapshot(root)).toEqual(before);
      cleanUp();
      if (done === renames.length) break;
    }
  });
});
