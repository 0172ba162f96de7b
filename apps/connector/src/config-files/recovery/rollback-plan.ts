import { posix } from 'node:path';
import type { FileChange } from '../write-files';
import type { FileSnapshot } from '../config-folder';
import type { FilesUndo, SwapUndo } from './write-intent';

/**
 * The writes that put every file of `undo` back as it was, given the files as they are now (absent
 * from `now`: missing). Files that are already as they were are left alone, so taking a write back
 * again, after a crash half-way through taking it back, does only what is left.
 */
export function filesRollback(undo: FilesUndo, now: ReadonlyMap<string, FileSnapshot>): FileChange[] {
  return undo.files
    .filter(({ path, before }) => !sameFile(before, now.get(path) ?? { exists: false }))
    .map(({ path, before }) =>
      before.exists ? { path, content: before.data, mode: before.mode } : { path, content: null },
    );
}

function sameFile(a: FileSnapshot, b: FileSnapshot): boolean {
  if (!a.exists || !b.exists) return a.exists === b.exists;
  return a.mode === b.mode && a.data.equals(b.data);
}

/** One step of taking a folder swap back: remove a file or folder with all it holds, or rename one. */
export type SwapStep = { type: 'remove'; path: string } | { type: 'move'; from: string; to: string };

/**
 * The steps that give the swapped folder its old entries back, given the entry names now in the
 * folder (without the swap's own folders) and in the backup folder (none when it is missing). An old
 * entry in the backup comes back, replacing the incoming one of its name that took its place; an
 * incoming entry whose name had no old one goes; an old entry still in place stays. The staged and
 * backup folders go last. Any state the swap or an earlier take-back left leads to the same end.
 */
export function swapRollback(undo: SwapUndo, now: { folder: string[]; backup: string[] }): SwapStep[] {
  const inFolder = (name: string) => posix.join(undo.folder, name);
  const inBackup = (name: string) => posix.join(undo.folder, undo.backup, name);
  const steps: SwapStep[] = [];
  for (const name of now.backup) {
    if (now.folder.includes(name)) steps.push({ type: 'remove', path: inFolder(name) });
    steps.push({ type: 'move', from: inBackup(name), to: inFolder(name) });
  }
  for (const name of now.folder) {
    if (undo.incoming.includes(name) && !undo.before.includes(name))
      steps.push({ type: 'remove', path: inFolder(name) });
  }
  steps.push(
    { type: 'remove', path: inFolder(undo.staged) },
    { type: 'remove', path: inFolder(undo.backup) },
  );
  return steps;
}
