import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JournalStore } from '../journal-store';

export interface TempFolder {
  readonly file: (name: string) => string;
  readonly remove: () => void;
}

export function tempFolder(): TempFolder {
  const dir = mkdtempSync(join(tmpdir(), 'fscon-journal-'));
  return { file: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Root writes past file modes, so as root the file is made immutable instead (ext4 and most local file systems). */
export function setReadOnly(path: string, readOnly: boolean): void {
  if (process.getuid?.() !== 0) return chmodSync(path, readOnly ? 0o444 : 0o644);
  const result = spawnSync('chattr', [readOnly ? '+i' : '-i', path], { encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`chattr on ${path} failed: ${result.stderr || result.error?.message}`);
}

/** Waits, retry after retry, until the store reports itself healthy again. */
export async function untilHealthy(store: JournalStore, pollMs: number): Promise<void> {
  while (!store.health().ok) await new Promise((resolve) => setTimeout(resolve, pollMs));
}

/** Resolves in the next event-loop turn, after the journal's flush of this one. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
