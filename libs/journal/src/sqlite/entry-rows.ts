import type Database from 'better-sqlite3';
import type { JournalEntry, JournalSource, JournalSubject, JsonValue } from '../journal-entry';

/** seq, time, kind, source_type, source_id, subject_type, subject_id, payload: rows as arrays read faster. */
type EntryRow = [number, number, string, string, string | null, string | null, string | null, string];

const COLUMNS = 'seq, time, kind, source_type, source_id, subject_type, subject_id, payload';

/** The statements of one connection, prepared once. */
export class EntryStatements {
  private readonly insert: Database.Statement<EntryRow>;
  private readonly after: Database.Statement<[number, number]>;

  constructor(db: Database.Database) {
    this.insert = db.prepare(`INSERT INTO journal_entries (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    this.after = db
      .prepare(`SELECT ${COLUMNS} FROM journal_entries WHERE seq > ? ORDER BY seq LIMIT ?`)
      .raw();
  }

  insertEntry(entry: JournalEntry): void {
    const { source, subject } = entry;
    this.insert.run(
      entry.seq,
      entry.time,
      entry.kind,
      source.type,
      sourceId(source),
      subject?.type ?? null,
      subject === undefined ? null : subjectId(subject),
      JSON.stringify(entry.payload),
    );
  }

  readAfter(seq: number, limit: number): JournalEntry[] {
    return (this.after.all(seq, limit) as EntryRow[]).map(fromRow);
  }
}

function sourceId(source: JournalSource): string | null {
  if (source.type === 'freeswitch') return source.node;
  if (source.type === 'admin') return source.user;
  return null;
}

function subjectId(subject: JournalSubject): string {
  return subject.type === 'conference' ? subject.name : subject.id;
}

function fromRow([
  seq,
  time,
  kind,
  sourceType,
  sourceId,
  subjectType,
  subjectId,
  payload,
]: EntryRow): JournalEntry {
  const source = toSource(seq, sourceType, sourceId ?? '');
  const data = JSON.parse(payload) as JsonValue;
  if (subjectType === null) return { seq, time, kind, source, payload: data };
  return { seq, time, kind, source, subject: toSubject(seq, subjectType, subjectId ?? ''), payload: data };
}

function toSource(seq: number, type: string, id: string): JournalSource {
  switch (type) {
    case 'freeswitch':
      return { type, node: id };
    case 'admin':
      return { type, user: id };
    case 'connector':
      return { type };
    default:
      throw new Error(`journal entry ${seq} has an unknown source type ${type}`);
  }
}

function toSubject(seq: number, type: string, id: string): JournalSubject {
  if (type === 'conference') return { type, name: id };
  if (type === 'user') return { type, id };
  throw new Error(`journal entry ${seq} has an unknown subject type ${type}`);
}
