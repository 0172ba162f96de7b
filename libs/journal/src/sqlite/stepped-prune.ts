import { performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3';
import type { PruneReport, RetentionPolicy } from '../journal-store';

const DAY_MS = 86_400_000;
/** Each step aims at this, well below the 20 ms a step may hold up the event loop. */
const STEP_TARGET_MS = 2;
const FIRST_ROWS = 500;
const FIRST_PAGES = 64;

export interface PruneTarget {
  readonly db: Database.Database;
  readonly now: number;
  /** False once the store closed or failed; the pruning then stops where it is. */
  readonly active: () => boolean;
  readonly pruned: (throughSeq: number) => void;
  /** Called after every step that wrote to the file. */
  readonly wrote: () => void;
}

/** Sizes the steps by the time the previous ones took and keeps the longest. */
class Steps {
  count = 0;
  longestMs = 0;

  take<T>(size: number, step: (size: number) => T): { result: T; nextSize: number } {
    const start = performance.now();
    const result = step(size);
    const elapsed = performance.now() - start;
    this.count++;
    this.longestMs = Math.max(this.longestMs, elapsed);
    const scaled = Math.round((size * STEP_TARGET_MS) / Math.max(elapsed, 0.05));
    return { result, nextSize: Math.max(16, Math.min(size * 2, scaled)) };
  }
}

/** Deletes the oldest entries the policy no longer keeps, then gives the freed pages back. */
export async function pruneInSteps(target: PruneTarget, policy: RetentionPolicy): Promise<PruneReport> {
  const { db } = target;
  const bytesPerPage = pageSize(db);
  const oldest = db.prepare('SELECT seq, time FROM journal_entries ORDER BY seq LIMIT ?').raw();
  const remove = db.prepare('DELETE FROM journal_entries WHERE seq <= ?');
  const mark = db.prepare("UPDATE journal_meta SET value = ? WHERE key = 'pruned_through'");
  const deleteThrough = db.transaction((seq: number) => {
    const deleted = remove.run(seq).changes;
    mark.run(seq);
    return deleted;
  });
  const steps = new Steps();
  let deleted = 0;

  const cutoff = policy.maxAgeDays === undefined ? -Infinity : target.now - policy.maxAgeDays * DAY_MS;
  const olderThanCutoff = (size: number) => {
    const rows = oldest.all(size) as [number, number][];
    const expired = rows.findIndex(([, time]) => time >= cutoff);
    const through = expired === -1 ? rows.length : expired;
    if (through === 0) return 0;
    deleted += deleteThrough(rows[through - 1][0]);
    target.pruned(rows[through - 1][0]);
    return expired === -1 && rows.length === size ? through : 0;
  };
  const maxBytes = policy.maxBytes ?? Infinity;
  const beyondMaxBytes = (size: number) => {
    if (usedPages(db) * bytesPerPage <= maxBytes) return 0;
    const rows = oldest.all(size) as [number, number][];
    if (rows.length === 0) return 0;
    const through = rows[rows.length - 1][0];
    deleted += deleteThrough(through);
    target.pruned(through);
    return rows.length;
  };
  let reclaimedPages = 0;
  const vacuum = (pages: number) => {
    const before = pageCount(db);
    db.pragma(`incremental_vacuum(${pages})`);
    reclaimedPages += before - pageCount(db);
    return freePages(db);
  };

  for (const [work, first] of [
    [olderThanCutoff, FIRST_ROWS],
    [beyondMaxBytes, FIRST_ROWS],
    [vacuum, FIRST_PAGES],
  ] as const) {
    let size: number = first;
    for (;;) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (!target.active()) break;
      const { result, nextSize } = steps.take(size, work);
      target.wrote();
      if (result === 0) break;
      size = nextSize;
    }
  }
  return {
    deleted,
    reclaimedBytes: reclaimedPages * bytesPerPage,
    steps: steps.count,
    longestStepMs: steps.longestMs,
  };
}

const pragmaNumber = (db: Database.Database, name: string) => db.pragma(name, { simple: true }) as number;
const pageSize = (db: Database.Database) => pragmaNumber(db, 'page_size');
const pageCount = (db: Database.Database) => pragmaNumber(db, 'page_count');
const freePages = (db: Database.Database) => pragmaNumber(db, 'freelist_count');
const usedPages = (db: Database.Database) => pageCount(db) - freePages(db);
