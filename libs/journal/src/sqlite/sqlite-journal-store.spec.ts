import { copyFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { memberJoined, socketUp } from '../test-support/journal-drafts';
import { journalStoreContract } from '../test-support/journal-store-contract';
import { nextTurn, tempFolder, type TempFolder } from '../test-support/journal-files';
import { openSqliteJournal } from './sqlite-journal-store';

describe('SqliteJournalStore, the journal store contract', () => {
  journalStoreContract(() => {
    const folder = tempFolder();
    let journals = 0;
    return Promise.resolve({
      open: () => Promise.resolve(openSqliteJournal({ path: folder.file('j.db') })),
      another: () => Promise.resolve(openSqliteJournal({ path: folder.file(`j${++journals}.db`) })),
      remove: () => Promise.resolve(folder.remove()),
    });
  });
});

describe('SqliteJournalStore', () => {
  let folder: TempFolder;
  beforeEach(() => (folder = tempFolder()));
  afterEach(() => folder.remove());

  const storedSeqs = (path: string): number[] => {
    const reader = new Database(path, { readonly: true });
    try {
      return reader.prepare('SELECT seq FROM journal_entries ORDER BY seq').pluck().all() as number[];
    } finally {
      reader.close();
    }
  };

  it('commits the appends of one event-loop turn together, at the end of the turn', async () => {
    const path = folder.file('j.db');
    const journal = openSqliteJournal({ path });

    const a = journal.append([socketUp()]);
    const b = journal.append([memberJoined('3000', 1)]);
    const inTurn = storedSeqs(path);
    await nextTurn();
    const afterTurn = storedSeqs(path);
    const c = journal.append([memberJoined('3000', 2)]);

    expect(inTurn).toEqual([]);
    expect(afterTurn).toEqual([1, 2]);
    expect(a.flushed).toBe(b.flushed);
    expect(c.flushed).not.toBe(a.flushed);
    expect(await a.flushed).toEqual({ durable: true });
    await journal.close();
  });

  it('gives every new journal, in memory or in a file, an epoch of its own', async () => {
    const journals = [
      openSqliteJournal({ path: ':memory:' }),
      openSqliteJournal({ path: ':memory:' }),
      openSqliteJournal({ path: folder.file('j.db') }),
    ];

    expect(new Set(journals.map((journal) => journal.epoch)).size).toBe(3);
    await Promise.all(journals.map((journal) => journal.close()));
  });

  it('records its schema version and refuses a file of a newer one', async () => {
    const path = folder.file('j.db');
    await openSqliteJournal({ path }).close();
    const db = new Database(path);
    const version = db.prepare('SELECT version FROM schema_version').pluck().get();
    db.prepare('UPDATE schema_version SET version = 99').run();
    db.close();

    expect(version).toBe(1);
    expect(() => openSqliteJournal({ path })).toThrow(/schema version 99/);
  });

  it('copies the log into the file while it stays open, so the file alone holds the entries', async () => {
    const path = folder.file('j.db');
    const journal = openSqliteJournal({ path });
    const entriesInFileAlone = () => {
      copyFileSync(path, folder.file('copy.db'));
      const copy = new Database(folder.file('copy.db'), { readonly: true });
      try {
        const count = copy.prepare('SELECT count(*) FROM journal_entries').pluck().get() as number;
        return { count, integrity: copy.pragma('integrity_check', { simple: true }) };
      } catch {
        return { count: 0 };
      } finally {
        copy.close();
      }
    };

    await journal.append(Array.from({ length: 25_000 }, (_, i) => memberJoined('3000', i))).flushed;
    let copied = entriesInFileAlone();
    while (copied.count < 25_000) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      copied = entriesInFileAlone();
    }

    expect(copied).toEqual({ count: 25_000, integrity: 'ok' });
    await journal.close();
  });
});
