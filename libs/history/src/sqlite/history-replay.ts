import type { JournalEntry } from '@fscon/journal';
import { HistoryProjector } from '../history-projector';
import { HistoryBatch } from '../history-batch';
import type { SqliteHistoryStore } from './sqlite-history-store';

/** The part of a journal the history is projected from. */
export interface JournalReader {
  readonly epoch: string;
  readonly firstSeq: number;
  readAfter(seq: number, limit: number): JournalEntry[];
}

/** How the stored history met the journal when the replay began. */
export type ReplayStart =
  | { readonly from: 'stored'; readonly lastSeq: number }
  | { readonly from: 'first entry'; readonly reason: string }
  /** Entries after the stored position were pruned before they were projected. */
  | { readonly from: 'gap'; readonly lastSeq: number; readonly firstSeq: number };

/**
 * Projects journal entries into the store, a batch at a time: each `step` reads, projects and commits
 * up to `limit` entries in one transaction. A store of another journal (other epoch) is emptied first.
 */
export class HistoryReplay {
  readonly start: ReplayStart;
  private readonly batch = new HistoryBatch();
  private readonly projector: HistoryProjector;
  private position: number;

  constructor(
    private readonly store: SqliteHistoryStore,
    private readonly journal: JournalReader,
  ) {
    const { epoch, lastSeq } = store.position();
    if (epoch !== journal.epoch) {
      store.reset(journal.epoch);
      this.start = {
        from: 'first entry',
        reason: epoch === null ? 'no history was stored yet' : `the journal's epoch changed from ${epoch}`,
      };
    } else if (lastSeq < journal.firstSeq - 1) {
      this.start = { from: 'gap', lastSeq, firstSeq: journal.firstSeq };
    } else {
      this.start = { from: 'stored', lastSeq };
    }
    this.position = store.position().lastSeq;
    this.projector = new HistoryProjector(this.batch, store.state());
  }

  /** The seq of the last entry projected. */
  get lastSeq(): number {
    return this.position;
  }

  /** Projects up to `limit` entries after the last one; returns how many there were. */
  step(limit: number): number {
    const entries = this.journal.readAfter(this.position, limit);
    if (entries.length === 0) return 0;
    for (const entry of entries) this.projector.apply(entry);
    this.position = entries[entries.length - 1]!.seq;
    this.store.commit(this.batch, this.position, this.projector.state());
    this.batch.clear();
    return entries.length;
  }
}
