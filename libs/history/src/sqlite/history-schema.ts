import Database from 'better-sqlite3';

/** 2: participants keyed by entry and confid, with their talk time. */
export const SCHEMA_VERSION = 2;

const CREATE_PARTICIPANTS = `
  CREATE TABLE history_participants (
    session TEXT NOT NULL,
    join_seq INTEGER NOT NULL,
    confid TEXT NOT NULL,
    name TEXT NOT NULL,
    number TEXT NOT NULL,
    user TEXT,
    joined_at INTEGER NOT NULL,
    left_at INTEGER,
    talk_ms INTEGER NOT NULL,
    talking_since INTEGER,
    PRIMARY KEY (session, join_seq, confid)
  ) WITHOUT ROWID;
`;

/**
 * Rows keyed by the seq of the entry that made them (participants also by confid: one entry, a
 * reconnect's listing, may bring several); sessions by their id (the seq that opened them).
 */
const CREATE_SCHEMA = `
  CREATE TABLE history_meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
  CREATE TABLE history_sessions (
    session TEXT PRIMARY KEY,
    opened_seq INTEGER NOT NULL,
    conference TEXT NOT NULL,
    num TEXT NOT NULL,
    context TEXT,
    started_at INTEGER NOT NULL,
    ended_at INTEGER,
    peak_members INTEGER NOT NULL,
    participants INTEGER NOT NULL,
    recordings INTEGER NOT NULL
  );
  CREATE INDEX history_sessions_started ON history_sessions (started_at);
  CREATE INDEX history_sessions_ended ON history_sessions (ended_at);
  ${CREATE_PARTICIPANTS}
  CREATE TABLE history_recordings (
    session TEXT NOT NULL,
    start_seq INTEGER NOT NULL,
    file TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    stopped_at INTEGER,
    PRIMARY KEY (session, start_seq)
  ) WITHOUT ROWID;
  CREATE TABLE history_timeline (
    session TEXT NOT NULL,
    seq INTEGER NOT NULL,
    at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (session, seq)
  ) WITHOUT ROWID;
  CREATE TABLE audit_entries (
    seq INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    before TEXT,
    after TEXT,
    error TEXT
  );
  CREATE INDEX audit_entries_at ON audit_entries (at);
`;

/** The tables that hold projected rows, emptied by a rebuild. */
export const ROW_TABLES = [
  'history_sessions',
  'history_participants',
  'history_recordings',
  'history_timeline',
  'audit_entries',
] as const;

/**
 * Opens (and on first use creates) the history file. WAL and `synchronous = NORMAL` as the journal:
 * a crash loses no committed batch, and a lost batch is projected again from the journal anyway.
 */
export function openHistoryFile(path: string): Database.Database {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.transaction(() => migrate(db))();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function migrate(db: Database.Database): void {
  const exists = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'history_meta'")
    .get();
  if (exists === undefined) {
    create(db);
    return;
  }
  const version = db.prepare("SELECT value FROM history_meta WHERE key = 'version'").pluck().get();
  if (version === SCHEMA_VERSION) return;
  if (typeof version !== 'number' || version > SCHEMA_VERSION) {
    throw new Error(`the history has schema version ${String(version)}; this build reads ${SCHEMA_VERSION}`);
  }
  upgradeFrom1(db);
}

/** Layout 1 keyed participants by entry alone and had no talk time: its rows move over with none. */
function upgradeFrom1(db: Database.Database): void {
  db.exec(`
    ALTER TABLE history_participants RENAME TO history_participants_1;
    ${CREATE_PARTICIPANTS}
    INSERT INTO history_participants
      SELECT session, join_seq, confid, name, number, user, joined_at, left_at, 0, NULL FROM history_participants_1;
    DROP TABLE history_participants_1;
  `);
  db.prepare("UPDATE history_meta SET value = ? WHERE key = 'version'").run(SCHEMA_VERSION);
}

function create(db: Database.Database): void {
  db.exec(CREATE_SCHEMA);
  db.prepare("INSERT INTO history_meta (key, value) VALUES ('version', ?)").run(SCHEMA_VERSION);
}
