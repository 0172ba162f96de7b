import { existsSync } from 'node:fs';
import { HistoryReplay, openSqliteHistory, type SqliteHistoryStore } from '@fscon/history';
import { openSqliteJournal } from '@fscon/journal';

const ENTRIES_PER_STEP = 10_000;

export interface RebuildProgress {
  readonly done: number;
  readonly total: number;
}

export interface RebuildReport {
  readonly entries: number;
  readonly sessions: number;
  readonly auditEntries: number;
  readonly ms: number;
}

/** Whether the process that said it follows the journal into this history still runs. */
function runningOwner(store: SqliteHistoryStore): number | undefined {
  const pid = store.owner();
  if (pid === undefined || pid === process.pid) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined;
  }
}

/**
 * Projects the history and audit log again from every entry the journal at `journalPath` holds, into
 * the history file at `historyPath`; what the journal no longer holds is gone from the history after.
 * Refuses while a connector follows the journal: it would project into the same file.
 */
export function rebuildHistory(
  journalPath: string,
  historyPath: string,
  progress: (progress: RebuildProgress) => void = () => undefined,
): RebuildReport {
  if (!existsSync(journalPath)) throw new Error(`there is no journal at ${journalPath}`);
  const started = Date.now();
  const store = openSqliteHistory(historyPath);
  const journal = openSqliteJournal({ path: journalPath });
  try {
    const owner = runningOwner(store);
    if (owner !== undefined) {
      throw new Error(`the connector (pid ${owner}) is running on this journal; stop it, then rebuild`);
    }
    store.reset(journal.epoch);
    const replay = new HistoryReplay(store, journal);
    const total = journal.lastSeq - journal.firstSeq + 1;
    let done = 0;
    for (let step = replay.step(ENTRIES_PER_STEP); step > 0; step = replay.step(ENTRIES_PER_STEP)) {
      done += step;
      progress({ done, total });
    }
    const sessions = store.reads.sessions({}, { offset: 0, limit: 0 }).total;
    const auditEntries = store.reads.audit({}, { offset: 0, limit: 0 }).total;
    return { entries: done, sessions, auditEntries, ms: Date.now() - started };
  } finally {
    store.close();
    void journal.close();
  }
}
