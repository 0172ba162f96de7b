import type Database from 'better-sqlite3';
import type { JournalEntry, JournalSource, JournalSubject, JsonValue } from '../journal-entry';

interface EntryRow {
  seq: number;
  time: number;
  kind: string;
  source_type: string;
  source_id: string | null;
  subject_type: string | null;
  subject_id: string | null;
  payload: string;
}

const COLUMNS = 'seq, time, kind, source_type, source_id, subject_type, subject_id, payload';

/** The statements of one connection, prepared once. */
export class EntryStatements {
  private readonly insert: Database.Statement;
  private readonly after: Database.Statement;

  constructor(db: Database.Database) {
    this.insert = db.prepare(
      `INSERT INTO journal_entries (${COLUMNS}) VALUES (@seq, @time, @kind, @source_type, @source_id, @subject_type, @subject_id, @payload)`,
    );
    this.after = db.prepare(`SELECT ${COLUMNS} FROM journal_entries WHERE seq > ? ORDER BY seq LIMIT ?`);
  }

  insertEntry(entry: JournalEntry): void {
    this.insert.run(toRow(entry));
  }

  readAfter(seq: number, limit: number): JournalEntry[] {
    return (this.after.all(seq, limit) as EntryRow[]).map(fromRow);
  }
}

function toRow(entry: JournalEntry): EntryRow {
  return {
    seq: entry.seq,
    time: entry.time,
    kind: entry.kind,
    source_type: entry.source.type,
    source_id: sourceId(entry.source),
    subject_type: entry.subject?.type ?? null,
    subject_id: entry.subject === undefined ? null : subjectId(entry.subject),
    payload: JSON.stringify(entry.payload),
  };
}

function sourceId(source: JournalSource): string | null {
  if (source.type === 'freeswitch') return source.node;
  if (source.type === 'admin') return source.user;
  return null;
}

function subjectId(subject: JournalSubject): string {
  return subject.type === 'conference' ? subject.name : subject.id;
}

function fromRow(row: EntryRow): JournalEntry {
  const entry = {
    seq: row.seq,
    time: row.time,
    kind: row.kind,
    source: toSource(row),
    payload: JSON.parse(row.payload) as JsonValue,
  };
  return row.subject_type === null
    ? entry
    : { ...entry, subject: toSubject(row.subject_type, row.subject_id ?? '') };
}

function toSource(row: EntryRow): JournalSource {
  switch (row.source_type) {
    case 'freeswitch':
      return { type: 'freeswitch', node: row.source_id ?? '' };
    case 'admin':
      return { type: 'admin', user: row.source_id ?? '' };
    case 'connector':
      return { type: 'connector' };
    default:
      throw new Error(`journal entry ${row.seq} has an unknown source type ${row.source_type}`);
  }
}

function toSubject(type: string, id: string): JournalSubject {
  if (type === 'conference') return { type, name: id };
  if (type === 'user') return { type, id };
  throw new Error(`unknown journal subject type ${type}`);
}
