import { copyFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { memberJoined, socketUp, userAdded } from '../test-support/journal-drafts';
import { nextTurn, tempFolder, type TempFolder } from '../test-support/journal-files';
import { openSqliteJournal } from './sqlite-journal-store';

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

  it('numbers the entries from 1 without gaps and reads them back as they were given', async () => {
    const journal = openSqliteJournal({ path: folder.file('j.db') });
    const drafts = [memberJoined('3000', 1, 1000), userAdded('20001', 'defaultuser', 1001), socketUp(1002)];

    const first = journal.append(drafts.slice(0, 2));
    const second = journal.append(drafts.slice(2));
    await first.flushed;

    expect(first.seqs).toEqual([1, 2]);
    expect(second.seqs).toEqual([3]);
    expect(journal.readAfter(0, 10)).toEqual(drafts.map((draft, i) => ({ ...draft, seq: i + 1 })));
    expect(journal.lastSeq).toBe(3);
    expect(journal.firstSeq).toBe(1);
    await journal.close();
  });

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

  it('reads in pages, the entries not yet committed included', async () => {
    const journal = openSqliteJournal({ path: folder.file('j.db') });
    await journal.append([1, 2, 3, 4].map((member) => memberJoined('3000', member))).flushed;
    journal.append([5, 6].map((member) => memberJoined('3000', member)));

    const pages = [
      journal.readAfter(0, 4),
      journal.readAfter(4, 4),
      journal.readAfter(2, 3),
      journal.readAfter(6, 4),
    ];

    expect(pages.map((page) => page.map((entry) => entry.seq))).toEqual([
      [1, 2, 3, 4],
      [5, 6],
      [3, 4, 5],
      [],
    ]);
    await journal.close();
  });

  it('answers a durable append once its entry is in the file', async () => {
    const path = folder.file('j.db');
    const journal = openSqliteJournal({ path });

    const receipt = journal.append([userAdded('20001', 'defaultuser')], { durable: true });

    expect(await receipt.flushed).toEqual({ durable: true });
    expect(storedSeqs(path)).toEqual([1]);
    await journal.close();
  });

  it('keeps its epoch and goes on numbering when the file is opened again', async () => {
    const path = folder.file('j.db');
    const before = openSqliteJournal({ path });
    before.append([socketUp(), socketUp()]);
    await before.close();

    const after = openSqliteJournal({ path });
    const receipt = after.append([socketUp()]);

    expect(after.epoch).toBe(before.epoch);
    expect(receipt.seqs).toEqual([3]);
    await after.close();
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

  it('writes what is still waiting when it closes', async () => {
    const path = folder.file('j.db');
    const journal = openSqliteJournal({ path });

    journal.append([socketUp(), socketUp()]);
    await journal.close();

    expect(storedSeqs(path)).toEqual([1, 2]);
  });
});
