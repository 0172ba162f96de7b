import { memberJoined, socketUp } from '../test-support/journal-drafts';
import { setReadOnly, tempFolder, untilHealthy, type TempFolder } from '../test-support/journal-files';
import { openSqliteJournal } from './sqlite-journal-store';

const RETRY_MS = 10;

describe('SqliteJournalStore when it cannot write', () => {
  let folder: TempFolder;
  beforeEach(() => (folder = tempFolder()));
  afterEach(() => folder.remove());

  it('on a full file keeps the entries, reports why, and writes them once pruning made room', async () => {
    const journal = openSqliteJournal({
      path: folder.file('j.db'),
      sizeLimitBytes: 64 * 1024,
      retryDelayMs: RETRY_MS,
    });
    let outcome = await journal.append([socketUp()]).flushed;
    let member = 0;
    while (outcome.durable) {
      outcome = await journal.append(Array.from({ length: 20 }, () => memberJoined('3000', member++, 0)))
        .flushed;
    }
    const failed = journal.health();
    const later = journal.append([socketUp()]);

    await journal.prune({ maxBytes: 32 * 1024 });
    await untilHealthy(journal, RETRY_MS);

    expect(outcome).toEqual({ durable: false, reason: expect.stringMatching(/^SQLITE_FULL/) });
    expect(failed).toEqual({
      ok: false,
      reason: expect.stringMatching(/^SQLITE_FULL/),
      unwritten: 20,
      dropped: 0,
    });
    expect(later.seqs).toEqual([member + 2]);
    expect(await later.flushed).toEqual({ durable: false, reason: expect.stringMatching(/^SQLITE_FULL/) });
    const { firstSeq } = journal;
    expect([firstSeq > 1, firstSeq <= member - 18]).toEqual([true, true]);
    expect(journal.readAfter(0, 10_000).map((entry) => entry.seq)).toEqual(
      Array.from({ length: member + 3 - firstSeq }, (_, i) => firstSeq + i),
    );
    await journal.close();
  });

  it('opened on a read-only file reads it, keeps new entries, and writes them once the file is writable', async () => {
    const path = folder.file('j.db');
    const before = openSqliteJournal({ path });
    before.append([socketUp(), memberJoined('3000', 1)]);
    await before.close();
    setReadOnly(path, true);

    const journal = openSqliteJournal({ path, retryDelayMs: RETRY_MS });
    const failed = journal.health();
    const receipt = journal.append([memberJoined('3000', 2)]);
    const flushed = await receipt.flushed;
    const readable = journal.readAfter(0, 10).map((entry) => entry.seq);
    setReadOnly(path, false);
    await untilHealthy(journal, RETRY_MS);
    await journal.close();
    const reopened = openSqliteJournal({ path });

    expect(failed).toEqual({
      ok: false,
      reason: expect.stringMatching(/^SQLITE_READONLY/),
      unwritten: 0,
      dropped: 0,
    });
    expect(receipt.seqs).toEqual([3]);
    expect(flushed.durable).toBe(false);
    expect(readable).toEqual([1, 2, 3]);
    expect(reopened.epoch).toBe(before.epoch);
    expect(reopened.readAfter(0, 10).map((entry) => entry.seq)).toEqual([1, 2, 3]);
    await reopened.close();
  });

  it('refuses entries beyond those it can keep waiting, and counts them', async () => {
    const path = folder.file('j.db');
    await openSqliteJournal({ path }).close();
    setReadOnly(path, true);
    const journal = openSqliteJournal({ path, maxUnwritten: 3, retryDelayMs: RETRY_MS });

    const kept = journal.append([socketUp(), socketUp()]);
    const refused = journal.append([socketUp(), socketUp()]);
    const health = journal.health();
    setReadOnly(path, false);
    await untilHealthy(journal, RETRY_MS);

    expect(kept.seqs).toEqual([1, 2]);
    expect(refused.seqs).toEqual([]);
    expect(await refused.flushed).toEqual({
      durable: false,
      reason: '2 entries are still waiting to be written',
    });
    expect(health).toMatchObject({ ok: false, unwritten: 2, dropped: 2 });
    expect(journal.lastSeq).toBe(2);
    await journal.close();
  });
});
