import type { JournalEntry, JournalEntryDraft } from './journal-entry';

/** What became of an append once its batch was committed, or failed to be. Never rejects. */
export type FlushOutcome = { readonly durable: true } | { readonly durable: false; readonly reason: string };

export interface AppendReceipt {
  /** The seqs given to the entries, in order; empty when the journal refused them (see `health`). */
  readonly seqs: readonly number[];
  /** Settles when the batch holding these entries was committed (or the attempt failed). */
  readonly flushed: Promise<FlushOutcome>;
}

export interface AppendOptions {
  /** Commit with a sync of the log to the disk, so the entries survive a power loss, not only a crash. */
  readonly durable?: boolean;
}

export type JournalHealth =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly reason: string;
      /** Entries with a seq, kept in memory until the store can write them. */
      readonly unwritten: number;
      /** Entries refused without a seq since the store opened, because too many were waiting. */
      readonly dropped: number;
    };

export interface RetentionPolicy {
  /** Entries older than this go, oldest first. */
  readonly maxAgeDays?: number;
  /** The oldest entries go until the stored entries take no more than this. */
  readonly maxBytes?: number;
}

export interface PruneReport {
  readonly deleted: number;
  /** Bytes given back to the file system. */
  readonly reclaimedBytes: number;
  /** Synchronous steps taken, each in its own event-loop turn. */
  readonly steps: number;
  /** The longest of those steps, the most the pruning held up the event loop at once. */
  readonly longestStepMs: number;
}

/**
 * An append-only log of domain events. Seqs count up from 1 without gaps within one epoch; the epoch
 * is a random id made when the journal was created, so a position from another journal is recognised.
 */
export interface JournalStore {
  readonly epoch: string;
  /** The newest seq given out; 0 while the journal is empty. */
  readonly lastSeq: number;
  /** The oldest seq still kept; `lastSeq + 1` when none is. */
  readonly firstSeq: number;
  /** Numbers the entries at once; those appended in one event-loop turn are committed together. */
  append(entries: readonly JournalEntryDraft[], options?: AppendOptions): AppendReceipt;
  /** Up to `limit` entries with a seq above `seq`, in order, the not yet committed ones included. */
  readAfter(seq: number, limit: number): JournalEntry[];
  /**
   * Deletes the oldest entries the policy no longer keeps, a small chunk per event-loop turn. One
   * pruning runs at a time: a call while one runs gets that one's report.
   */
  prune(policy: RetentionPolicy): Promise<PruneReport>;
  health(): JournalHealth;
  /**
   * Calls the listener with the entries other writers appended to a shared store, in seq order, once
   * this store has numbered them in. Absent where nobody else writes (SQLite). Returns the unsubscribe.
   */
  onEntriesFromOthers?(listener: (entries: readonly JournalEntry[]) => void): () => void;
  /** Writes what is still waiting, if it can, and closes the store. */
  close(): Promise<void>;
}
