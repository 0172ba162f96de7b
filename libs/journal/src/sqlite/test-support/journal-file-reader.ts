import Database from 'better-sqlite3';
import type { JournalEntry } from '../../journal-entry';
import { EntryStatements } from '../entry-rows';

export interface JournalFileContents {
  /** SQLite's `PRAGMA integrity_check`: `ok` for an intact file. */
  readonly integrity: string;
  readonly entries: JournalEntry[];
}

/** Everything a journal file holds, read through a read-only connection of its own. */
export function readJournalFile(path: string): JournalFileContents {
  const db = new Database(path, { readonly: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    return { integrity, entries: new EntryStatements(db).readAfter(0, Number.MAX_SAFE_INTEGER) };
  } finally {
    db.close();
  }
}
