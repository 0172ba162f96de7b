import { readdir, rm } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { syncFolder } from '../durable-files';
import { isOwnWorkEntry } from '../work-names';

/**
 * Removes what the connector's own work left directly in these folders (relative to `root`): its
 * temporary files and a folder swap's working folders, nothing else. Resolves with what it removed.
 */
export async function removeStrayWorkFiles(root: string, folders: readonly string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const folder of new Set(folders)) {
    const path = join(root, folder);
    const strays = (await entriesOf(path)).filter((entry) => isOwnWorkEntry(entry.name, entry.isDirectory()));
    for (const { name } of strays) {
      await rm(join(path, name), { recursive: true, force: true });
      removed.push(posix.join(folder, name));
    }
    if (strays.length > 0) await syncFolder(path);
  }
  return removed;
}

/** A folder and every folder above it up to the root (`.`), for paths like `directory/team`. */
export function withParents(folder: string): string[] {
  const parents = [folder];
  for (let at = posix.dirname(folder); at !== '.'; at = posix.dirname(at)) parents.push(at);
  return folder === '.' ? parents : [...parents, '.'];
}

async function entriesOf(path: string) {
  try {
    return await readdir(path, { withFileTypes: true });
  } catch {
    return [];
  }
}
