import { readdir, rename, rm } from 'node:fs/promises';
import { writeFiles } from '../write-files';
import type { ConfigFolder } from '../config-folder';
import { isMissing, syncFolder } from '../durable-files';
import { WORK_NAME } from '../work-names';
import { filesRollback, swapRollback } from './rollback-plan';
import type { FilesUndo, SwapUndo, Undo } from './write-intent';

/**
 * Puts the configuration folder back as it was before the write `undo` describes, whatever part of
 * the write (or of an earlier take-back) was done. Resolves with what it did, for the log.
 */
export function rollBack(folder: ConfigFolder, undo: Undo): Promise<string> {
  return undo.kind === 'files' ? rollBackFiles(folder, undo) : rollBackSwap(folder, undo);
}

async function rollBackFiles(folder: ConfigFolder, undo: FilesUndo): Promise<string> {
  const now = await folder.snapshots(undo.files.map(({ path }) => path));
  const changes = filesRollback(undo, now);
  await writeFiles(folder, changes);
  return `${changes.length} of its ${undo.files.length} files put back`;
}

async function rollBackSwap(folder: ConfigFolder, undo: SwapUndo): Promise<string> {
  const target = folder.resolveFolder(undo.folder);
  const entries = async (path: string) => (await namesIn(path)).filter((name) => !WORK_NAME.test(name));
  const steps = swapRollback(undo, {
    folder: await entries(target),
    backup: await entries(folder.resolve(`${undo.folder}/${undo.backup}`)),
  });
  for (const step of steps) {
    if (step.type === 'remove') await rm(folder.resolve(step.path), { recursive: true, force: true });
    else await rename(folder.resolve(step.from), folder.resolve(step.to));
  }
  await syncFolder(target);
  const moved = steps.filter((step) => step.type === 'move').length;
  return `${moved} entries of ${undo.folder} moved back from ${undo.backup}`;
}

async function namesIn(path: string): Promise<string[]> {
  try {
    return await readdir(path);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}
