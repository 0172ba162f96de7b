import { statSync } from 'node:fs';
import { memberJoined } from '../test-support/journal-drafts';
import { tempFolder, type TempFolder } from '../test-support/journal-files';
import { openSqliteJournal } from './sqlite-journal-store';

const DAY_MS = 86_400_000;
const NOW = 100 * DAY_MS;

describe('SqliteJournalStore.prune', () => {
  let folder: TempFolder;
  beforeEach(() => (folder = tempFolder()));
  afterEach(() => folder.remove());

  const members = (count: number, time: (i: number) => number) =>
    Array.from({ length: count }, (_, i) => memberJoined('3000', i, time(i)));

  it('deletes the entries older than maxAgeDays, oldest first, and keeps the numbering', async () => {
    const path = folder.file('j.db');
    const journal = openSqliteJournal({ path, now: () => NOW });
    await journal.append(members(3000, (i) => NOW - (i < 2000 ? 40 : 10) * DAY_MS)).flushed;

    const report = await journal.prune({ maxAgeDays: 30 });
    await journal.close();
    const reopened = openSqliteJournal({ path });

    expect(report.deleted).toBe(2000);
    expect(report.steps).toBeGreaterThan(1);
    expect([journal.firstSeq, journal.lastSeq]).toEqual([2001, 3000]);
    expect([reopened.firstSeq, reopened.lastSeq]).toEqual([2001, 3000]);
    expect(reopened.readAfter(0, 1)[0].seq).toBe(2001);
    await reopened.close();
  });

  it('stops at the first entry young enough, so the kept entries stay gapless', async () => {
    const journal = openSqliteJournal({ path: ':memory:', now: () => NOW });
    await journal.append(members(10, (i) => NOW - (i === 3 ? 1 : 40) * DAY_MS)).flushed;

    const report = await journal.prune({ maxAgeDays: 30 });

    expect(report.deleted).toBe(3);
    expect(journal.firstSeq).toBe(4);
    await journal.close();
  });

  it('deletes the oldest entries beyond maxBytes in many small steps and gives the space back', async () => {
    const path = folder.file('j.db');
    const journal = openSqliteJournal({ path });
    for (let batch = 0; batch < 10; batch++) await journal.append(members(2000, () => NOW)).flushed;
    await journal.close();
    const before = statSync(path).size;
    const again = openSqliteJournal({ path });

    const report = await again.prune({ maxBytes: before / 4 });
    await again.close();
    const after = statSync(path).size;

    expect(report.steps).toBeGreaterThan(10);
    expect(report.deleted).toBe(again.firstSeq - 1);
    expect(after).toBeLessThanOrEqual(before / 4 + 64 * 1024);
    expect(report.reclaimedBytes).toBeGreaterThanOrEqual(before - after - 64 * 1024);
    expect(again.lastSeq).toBe(20_000);
  });

  it('keeps the last seq when it pruned every entry', async () => {
    const path = folder.file('j.db');
    const journal = openSqliteJournal({ path, now: () => NOW });
    await journal.append(members(5, () => 0)).flushed;

    await journal.prune({ maxAgeDays: 1 });
    await journal.close();
    const reopened = openSqliteJournal({ path });

    expect([reopened.firstSeq, reopened.lastSeq]).toEqual([6, 5]);
    expect(reopened.append(members(1, () => NOW)).seqs).toEqual([6]);
    await reopened.close();
  });
});
