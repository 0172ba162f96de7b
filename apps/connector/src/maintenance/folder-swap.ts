import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ConfigEdit } from '../config-files/config-edit';
import { WORK_NAME } from './stored-folders';

/**
 * Replaces the contents of `target` with those of `staged`, entry by entry with renames: the old
 * entries go into `backup`, the staged ones take their place. `staged` and `backup` live inside
 * `target`, so every rename stays on one file system and the folder itself (perhaps a mount point)
 * is never replaced. revert moves everything back.
 */
export function folderSwapEdit(target: string, staged: string, backup: string): ConfigEdit {
  const moves: { from: string; to: string }[] = [];
  const undo = async () => {
    for (const { from, to } of moves.reverse()) await rename(to, from);
    moves.length = 0;
  };
  const moveAll = async (from: string, to: string, skip: (name: string) => boolean) => {
    for (const name of await readdir(from)) {
      if (skip(name)) continue;
      await rename(join(from, name), join(to, name));
      moves.push({ from: join(from, name), to: join(to, name) });
    }
  };
  return {
    async apply() {
      try {
        await mkdir(backup);
        await moveAll(target, backup, (name) => WORK_NAME.test(name) || name === basename(backup));
        await moveAll(staged, target, () => false);
      } catch (error) {
        await undo();
        throw error;
      }
    },
    revert: undo,
  };
}

/** Removes the working folders of a swap, whatever is left in them. */
export async function removeSwapFolders(...folders: string[]): Promise<void> {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
}
