import type Database from 'better-sqlite3';
import type { HistoryBatch } from '../history-batch';
import { NOTHING_CONFIGURED, type Configured } from '../sessions/configured-conferences';
import type { SessionsState } from '../sessions/session-projector';
import { HistoryReads } from './history-reads';
import { openHistoryFile, ROW_TABLES } from './history-schema';
import { HistoryWrites } from './history-writes';

/** Which journal the rows come from, and the last of its entries they include. */
export interface HistoryPosition {
  readonly epoch: string | null;
  readonly lastSeq: number;
}

/**
 * The stored history and audit rows, with the journal position they reach and the configuration the
 * projector knew there, committed together: after a crash they agree with each other. The projector's
 * other state, the sessions still running, is read back from the rows themselves.
 */
export class SqliteHistoryStore {
  readonly reads: HistoryReads;
  private readonly writes: HistoryWrites;
  private readonly getMeta: Database.Statement;
  private readonly setMeta: Database.Statement;
  private storedConfiguration: Configured | undefined;

  constructor(private readonly db: Database.Database) {
    this.reads = new HistoryReads(db);
    this.writes = new HistoryWrites(db);
    this.getMeta = db.prepare('SELECT value FROM history_meta WHERE key = ?').pluck();
    this.setMeta = db.prepare('INSERT OR REPLACE INTO history_meta (key, value) VALUES (?, ?)');
  }

  position(): HistoryPosition {
    const epoch = this.getMeta.get('epoch') as string | undefined;
    return { epoch: epoch ?? null, lastSeq: (this.getMeta.get('last_seq') as number | undefined) ?? 0 };
  }

  /** The projector's state after the last committed entry. */
  state(): SessionsState {
    const json = this.getMeta.get('configured') as string | undefined;
    this.storedConfiguration = json === undefined ? NOTHING_CONFIGURED : (JSON.parse(json) as Configured);
    return { open: this.reads.openSessions(), configured: this.storedConfiguration };
  }

  /** Forgets every row: the next entries projected are those of the journal `epoch` from its first. */
  reset(epoch: string): void {
    this.db.transaction(() => {
      for (const table of ROW_TABLES) this.db.exec(`DELETE FROM ${table}`);
      this.setMeta.run('epoch', epoch);
      this.setMeta.run('last_seq', 0);
      this.setMeta.run('configured', JSON.stringify(NOTHING_CONFIGURED));
    })();
  }

  commit(batch: HistoryBatch, lastSeq: number, configured: Configured): void {
    this.db.transaction(() => {
      this.writes.write(batch);
      this.setMeta.run('last_seq', lastSeq);
      if (configured !== this.storedConfiguration) this.setMeta.run('configured', JSON.stringify(configured));
    })();
    this.storedConfiguration = configured;
  }

  /** Deletes up to `limit` sessions that ended before `time` and audit entries older; returns how many. */
  prune(time: number, limit: number): number {
    return this.db.transaction(() => {
      const sessions = this.db
        .prepare('SELECT session FROM history_sessions WHERE ended_at < ? LIMIT ?')
        .pluck()
        .all(time, limit) as string[];
      const list = JSON.stringify(sessions);
      for (const table of ROW_TABLES.slice(0, 4)) {
        this.db.prepare(`DELETE FROM ${table} WHERE session IN (SELECT value FROM json_each(?))`).run(list);
      }
      const audit = this.db
        .prepare(
          'DELETE FROM audit_entries WHERE seq IN (SELECT seq FROM audit_entries WHERE at < ? LIMIT ?)',
        )
        .run(time, limit);
      return sessions.length + audit.changes;
    })();
  }

  /** The process that follows the journal into this store, as it said when it started. */
  owner(): number | undefined {
    return (this.getMeta.get('owner_pid') as number | null | undefined) ?? undefined;
  }

  claim(pid: number | null): void {
    this.setMeta.run('owner_pid', pid);
  }

  close(): void {
    this.db.close();
  }
}

export function openSqliteHistory(path: string): SqliteHistoryStore {
  return new SqliteHistoryStore(openHistoryFile(path));
}
