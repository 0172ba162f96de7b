import type { JournalStore } from '../journal-store';
import { memberJoined, socketUp, userAdded } from './journal-drafts';
import { nextTurn } from './journal-files';

/** Where journals are opened: `open` opens the same one again, `another` a new one. */
export interface JournalPlace {
  open(): Promise<JournalStore>;
  another(): Promise<JournalStore>;
  remove(): Promise<void>;
}

/** The behaviour every JournalStore adapter shares, run against one adapter's places. */
export function journalStoreContract(place: () => Promise<JournalPlace>): void {
  let journals: JournalPlace;
  beforeEach(async () => (journals = await place()));
  afterEach(() => journals?.remove());

  it('numbers the entries from 1 without gaps and reads them back as they were given', async () => {
    const journal = await journals.open();
    const drafts = [memberJoined('3000', 1, 1000), userAdded('20001', 'defaultuser', 1001), socketUp(1002)];

    const first = journal.append(drafts.slice(0, 2));
    const second = journal.append(drafts.slice(2));
    await first.flushed;

    expect(first.seqs).toEqual([1, 2]);
    expect(second.seqs).toEqual([3]);
    expect(journal.readAfter(0, 10)).toEqual(drafts.map((draft, i) => ({ ...draft, seq: i + 1 })));
    expect([journal.firstSeq, journal.lastSeq]).toEqual([1, 3]);
    await journal.close();
  });

  it('reads in pages, the entries not yet stored included', async () => {
    const journal = await journals.open();
    await journal.append([1, 2, 3, 4].map((member) => memberJoined('3000', member))).flushed;
    journal.append([5, 6].map((member) => memberJoined('3000', member)));

    const pages = [
      [0, 4],
      [4, 4],
      [2, 3],
      [6, 4],
    ].map(([seq, limit]) => journal.readAfter(seq, limit));

    expect(pages.map((page) => page.map((entry) => entry.seq))).toEqual([
      [1, 2, 3, 4],
      [5, 6],
      [3, 4, 5],
      [],
    ]);
    await journal.close();
  });

  it('answers a durable append once its entry is stored, and it is there when opened again', async () => {
    const journal = await journals.open();
    const receipt = journal.append([userAdded('20001', 'defaultuser')], { durable: true });
    expect(await receipt.flushed).toEqual({ durable: true });
    await journal.close();

    const reopened = await journals.open();
    expect(reopened.readAfter(0, 10).map((entry) => entry.kind)).toEqual(['user.added']);
    await reopened.close();
  });

  it('keeps its epoch and goes on numbering when opened again', async () => {
    const before = await journals.open();
    before.append([socketUp(), socketUp()]);
    await before.close();

    const after = await journals.open();
    const receipt = after.append([socketUp()]);

    expect(after.epoch).toBe(before.epoch);
    expect(receipt.seqs).toEqual([3]);
    await receipt.flushed;
    await after.close();
  });

  it('gives every new journal an epoch of its own', async () => {
    const opened = [await journals.open(), await journals.another()];

    expect(opened[0].epoch).not.toBe(opened[1].epoch);
    await Promise.all(opened.map((journal) => journal.close()));
  });

  it('writes what is still waiting when it closes', async () => {
    const journal = await journals.open();
    journal.append([socketUp(), socketUp()]);
    await journal.close();

    const reopened = await journals.open();
    expect(reopened.readAfter(0, 10).map((entry) => entry.seq)).toEqual([1, 2]);
    await nextTurn();
    await reopened.close();
  });
}
