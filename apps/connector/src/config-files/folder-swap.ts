import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ConfigEdit } from './config-edit';
import type { ConfigFolder } from './config-folder';
import { syncFolder } from './durable-files';
import { rollBack } from './recovery/roll-back';
import type { SwapUndo } from './recovery/write-intent';
import { swapFolderNames, WORK_NAME } from './work-names';

/** A swap of a folder's contents: fill `staged` (an absolute path), then commit `edit`; cleanUp after. */
export interface FolderSwap {
  staged: string;
  edit: ConfigEdit;
  /** Removes the swap's working folders, whatever is left in them. */
  cleanUp(): Promise<void>;
}

/**
 * Replaces the contents of `target` (relative to the configuration folder) with those of the staged
 * folder, entry by entry with renames: the old entries go into a backup folder, the staged ones take
 * their place. Both working folders live inside `target`, so every rename stays on one file system
 * and the folder itself (perhaps a mount point) is never replaced. revert moves everything back.
 */
export function folderSwap(folder: ConfigFolder, target: string): FolderSwap {
  const { staged, backup } = swapFolderNames(randomBytes(6).toString('hex'));
  const targetPath = folder.resolveFolder(target);
  const at = (...names: string[]) => join(targetPath, ...names);
  let undo: SwapUndo | undefined;
  const prepare = async (): Promise<SwapUndo> => {
    undo ??= {
      kind: 'swap',
      folder: target,
      staged,
      backup,
      before: await entries(at()),
      incoming: await entries(at(staged)),
    };
    return undo;
  };
  const revert = async () => {
    if (undo) await rollBack(folder, undo);
  };
  return {
    staged: at(staged),
    edit: {
      prepare,
      async apply() {
        const { before, incoming } = await prepare();
        try {
          await mkdir(at(backup));
          for (const name of before) await rename(at(name), at(backup, name));
          for (const name of incoming) await rename(at(staged, name), at(name));
          await syncFolder(targetPath);
        } catch (error) {
          await revert();
          throw error;
        }
      },
      revert,
    },
    cleanUp: async () => {
      await Promise.all([staged, backup].map((name) => rm(at(name), { recursive: true, force: true })));
    },
  };
}

async function entries(path: string): Promise<string[]> {
  return (await readdir(path)).filter((name) => !WORK_NAME.test(name));
}
