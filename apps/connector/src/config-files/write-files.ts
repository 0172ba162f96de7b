import { BoundedTasks } from '../common/bounded-tasks';
import { PARALLEL_FILES, type ConfigFolder } from './config-folder';

/**
 * One file to write (`content`, with `mode` or 0644) or to delete (`content: null`), relative to the
 * configuration folder.
 */
export interface FileChange {
  path: string;
  content: string | Buffer | null;
  mode?: number;
}

/**
 * Writes and deletes files, then makes the folders durable. Files are written side by side only when
 * each is written once, so their order cannot matter. The first failure is thrown once every write
 * started has ended.
 */
export async function writeFiles(folder: ConfigFolder, changes: readonly FileChange[]): Promise<void> {
  const paths = [...new Set(changes.map((change) => change.path))];
  const writes = new BoundedTasks(paths.length === changes.length ? PARALLEL_FILES : 1);
  try {
    for (const { path, content, mode } of changes) {
      await writes.add(() =>
        content === null ? folder.remove(path, true) : folder.write(path, content, mode, true),
      );
    }
  } finally {
    await writes.drain();
  }
  await folder.syncFolders(paths);
}
