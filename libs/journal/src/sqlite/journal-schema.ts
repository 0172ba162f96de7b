import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';

export const SCHEMA_VERSION = 1;
export const IN_MEMORY = ':memory:';
/** The log is cut back to this size after a checkpoint emptied it. */
const WAL_SIZE_LIMIT_BYTES = 4 * 1024 * 1024;

const CREATE_SCHEMA = `
  CREATE TABLE schema_version (version INTEGER NOT NULL);
  CREATE TABLE journal_meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
  CREATE TABLE journal_entries (
    seq INTEGER PRIMARY KEY,
    time INTEGER NOT NULL,
    kind TEXT NOT NULL,
    source_type TEXT NOT NULL,
    source_id TEXT,
    subject_type TEXT,
    subject_id TEXT,
    payload TEXT NOT NULL
  );
`;

export interface JournalFile {
  readonly db: Database.Database;
  readonly writable: boolean;
  /** Why the file could not be opened for writing, when it could not. */
  readonly readOnlyReason?: string;
  readonly epoch: string;
  /** The newest committed seq, counting pruned entries. */
  readonly lastSeq: number;
  readonly firstSeq: number;
}

export function describeError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' ? `${code}: ${message}` : message;
}

/**
 * Opens (and on first use creates) a journal file. WAL lets readers run beside the one writer and
 * commits append to the log; `synchronous = NORMAL` then loses no committed transaction when the
 * process dies, only the newest ones on a power loss, which durable appends avoid by committing with
 * FULL. Incremental auto-vacuum lets pruning give freed pages back in small steps.
 */
export function openJournalFile(path: string, sizeLimitBytes?: number): JournalFile {
  try {
    const db = new Database(path);
    try {
      return { ...prepareWritable(db, sizeLimitBytes), db, writable: true };
    } catch (error) {
      db.close();
      throw error;
    }
  } catch (error) {
    if (path === IN_MEMORY || !existsSync(path) || !isWriteRefusal(error)) throw error;
    const db = new Database(path, { readonly: true, fileMustExist: true });
    return { ...readState(db), db, writable: false, readOnlyReason: describeError(error) };
  }
}

/** The file is there but cannot be written now: read-only, full, or a failing disk. */
export function isWriteRefusal(error: unknown): boolean {
  return /^SQLITE_(READONLY|CANTOPEN|PERM|IOERR|FULL)/.test(String((error as { code?: unknown }).code));
}

function prepareWritable(db: Database.Database, sizeLimitBytes: number | undefined) {
  db.pragma('auto_vacuum = INCREMENTAL');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
  if (sizeLimitBytes !== undefined) {
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.pragma(`max_page_count = ${Math.max(1, Math.floor(sizeLimitBytes / pageSize))}`);
  }
  db.transaction(() => migrate(db))();
  return readState(db);
}

function migrate(db: Database.Database): void {
  const version = storedVersion(db);
  if (version > SCHEMA_VERSION) {
    throw new Error(`the journal has schema version ${version}; this build reads up to ${SCHEMA_VERSION}`);
  }
  if (version === SCHEMA_VERSION) return;
  db.exec(CREATE_SCHEMA);
  db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(SCHEMA_VERSION);
  const meta = db.prepare('INSERT INTO journal_meta (key, value) VALUES (?, ?)');
  meta.run('epoch', randomUUID());
  meta.run('pruned_through', 0);
}

function storedVersion(db: Database.Database): number {
  const table = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")
    .get();
  if (table === undefined) return 0;
  const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
  return row?.version ?? 0;
}

function readState(db: Database.Database): { epoch: string; lastSeq: number; firstSeq: number } {
  const meta = db.prepare('SELECT value FROM journal_meta WHERE key = ?').pluck();
  const epoch = meta.get('epoch') as string;
  const prunedThrough = meta.get('pruned_through') as number;
  // Two subqueries: SQLite reads a lone min() or max() of the key from one end of the table, both together from all of it.
  const range = db
    .prepare(
      'SELECT (SELECT min(seq) FROM journal_entries) AS first, (SELECT max(seq) FROM journal_entries) AS last',
    )
    .get() as {
    first: number | null;
    last: number | null;
  };
  const lastSeq = Math.max(range.last ?? 0, prunedThrough);
  return { epoch, lastSeq, firstSeq: range.first ?? lastSeq + 1 };
}
