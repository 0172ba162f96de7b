import { BoundedTasks } from '../common/bounded-tasks';
import type { ConfigFolder, FileSnapshot } from './config-folder';

/** How many files are read or written at once; the disk's flushes overlap instead of queueing. */
const PARALLEL_FILES = 16;

/** A change to FreeSWITCH's configuration that can be taken back exactly. */
export interface ConfigEdit {
  /** Makes the change; when it fails half-way, it has put back what it did before throwing. */
  apply(): Promise<void>;
  /** Puts everything back as it was before apply. */
  revert(): Promise<void>;
}

/** One file to write (`content`) or to delete (`content: null`), relative to the configuration folder. */
export interface FileChange {
  path: string;
  content: string | null;
}

/**
 * Writes and deletes files. Before touching anything it keeps every affected file as it is, so
 * revert restores each byte for byte (with its mode), recreates deleted files and removes created ones.
 */
export function fileChangesEdit(folder: ConfigFolder, changes: readonly FileChange[]): ConfigEdit {
  const before = new Map<string, FileSnapshot>();
  const touched: string[] = [];

  const restore = async () => {
    for (const path of [...touched].reverse()) {
      const original = before.get(path)!;
      if (original.exists) await folder.write(path, original.data, original.mode);
      else await folder.remove(path);
    }
    touched.length = 0;
  };

  return {
    async apply() {
      const paths = [...new Set(changes.map((change) => change.path))];
      const reads = new BoundedTasks(PARALLEL_FILES);
      for (const path of paths)
        await reads.add(async () => void before.set(path, await folder.snapshot(path)));
      await reads.drain();
      // Files are written side by side only when each is written once, so their order cannot matter.
      const writes = new BoundedTasks(paths.length === changes.length ? PARALLEL_FILES : 1);
      try {
        for (const { path, content } of changes) {
          if (!touched.includes(path)) touched.push(path);
          await writes.add(() =>
            content === null
              ? folder.remove(path, true)
              : folder.write(path, content, modeOf(before.get(path)!), true),
          );
        }
        await writes.drain();
        await folder.syncFolders(paths);
      } catch (error) {
        await writes.drain().catch(() => undefined);
        await restore();
        throw error;
      }
    },
    revert: restore,
  };
}

function modeOf(snapshot: FileSnapshot): number | undefined {
  return snapshot.exists ? snapshot.mode : undefined;
}
