import type { ConfigFolder } from './config-folder';
import { rollBack } from './recovery/roll-back';
import type { FilesUndo, Undo } from './recovery/write-intent';
import { writeFiles, type FileChange } from './write-files';

/** A change to FreeSWITCH's configuration that can be taken back exactly, also after a crash. */
export interface ConfigEdit {
  /**
   * Reads what taking the edit back needs, touching nothing; the caller keeps it durably before
   * apply, so that a start after a crash can take back whatever part of the edit was done.
   */
  prepare(): Promise<Undo>;
  /** Makes the change; when it fails half-way, it has put back what it did before throwing. */
  apply(): Promise<void>;
  /** Puts everything back as it was before apply. */
  revert(): Promise<void>;
}

/**
 * Writes and deletes files. Before touching anything it keeps every affected file as it is, so
 * revert restores each byte for byte (with its mode), recreates deleted files and removes created ones.
 */
export function fileChangesEdit(folder: ConfigFolder, changes: readonly FileChange[]): ConfigEdit {
  let undo: FilesUndo | undefined;
  const prepare = async (): Promise<FilesUndo> => {
    if (undo) return undo;
    const paths = [...new Set(changes.map((change) => change.path))];
    const before = await folder.snapshots(paths);
    undo = { kind: 'files', files: paths.map((path) => ({ path, before: before.get(path)! })) };
    return undo;
  };
  const revert = async () => {
    if (undo) await rollBack(folder, undo);
  };

  return {
    prepare,
    async apply() {
      const { files } = await prepare();
      const modes = new Map(files.map(({ path, before }) => [path, before.exists ? before.mode : undefined]));
      try {
        await writeFiles(
          folder,
          changes.map((change) => ({ ...change, mode: change.mode ?? modes.get(change.path) })),
        );
      } catch (error) {
        await revert();
        throw error;
      }
    },
    revert,
  };
}
