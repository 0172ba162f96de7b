import type {
  FlushOutcome,
  JournalEntry as StoredEntry,
  JournalEntryDraft,
  JournalHealth,
  JournalStore,
  PruneReport,
  RetentionPolicy,
} from '@fscon/journal';
import type { JournaledLiveEvent, LiveJournalEvent } from '@fscon/live-state';
import { liveEntryDraft, liveEventOf } from './live-entry-draft';

/**
 * A domain event and its place in the journal. An event the store refused (too many entries waiting
 * for a disk that cannot be written) is still published, with the seq of the last entry kept.
 */
export interface JournalEntry {
  readonly seq: number;
  readonly event: LiveJournalEvent;
}

export type JournalListener = (entry: JournalEntry) => void;

export interface JournalOptions {
  /** Told when a listener throws; the other listeners still get the entry. */
  onListenerError(error: unknown, entry: JournalEntry): void;
  /** Why the journal's file could not be opened, when the store is a stand-in in memory. */
  unavailable?: string;
}

/** The live events among stored entries, with their seqs. */
function liveEntries(entries: readonly StoredEntry[]): JournaledLiveEvent[] {
  return entries.flatMap((entry) => {
    const event = liveEventOf(entry);
    return event === undefined ? [] : [{ seq: entry.seq, event }];
  });
}

/**
 * The live domain events in the order they happened, kept in a JournalStore, which numbers them, and
 * published to every subscriber at once: the store writes them to the disk at the end of the turn, so
 * nobody waits for it. Publication is serialized: an event appended by a listener while an earlier one
 * is being published waits until every listener has seen the earlier one, so all listeners see the
 * order of seq.
 */
export class Journal {
  private readonly listeners = new Set<JournalListener>();
  private readonly appendedListeners = new Set<() => void>();
  private readonly unpublished: JournalEntry[] = [];
  private publishing = false;

  constructor(
    private readonly store: JournalStore,
    private readonly options: JournalOptions,
  ) {
    store.onEntriesFromOthers?.((entries) => this.takeFromOthers(entries));
  }

  /** Stores, numbers and publishes the events in order; returns their entries. */
  append(events: readonly LiveJournalEvent[]): JournalEntry[] {
    const time = Date.now();
    const { seqs } = this.store.append(events.map((event) => liveEntryDraft(event, time)));
    const entries = events.map((event, i) => ({ seq: seqs[i] ?? this.store.lastSeq, event }));
    this.tellAppended();
    this.publish(entries);
    return entries;
  }

  /** Stores an entry that is no live event (the Event Socket's connection); only onAppended is told. */
  record(draft: JournalEntryDraft): void {
    this.store.append([draft]);
    this.tellAppended();
  }

  /**
   * Calls the listener after every append or record, without the entries: readers that keep their own
   * position (the history) read them with readAfter. Returns the unsubscribe function.
   */
  onAppended(listener: () => void): () => void {
    this.appendedListeners.add(listener);
    return () => this.appendedListeners.delete(listener);
  }

  /** Up to `limit` stored entries after `seq`, in order. */
  readAfter(seq: number, limit: number): StoredEntry[] {
    return this.store.readAfter(seq, limit);
  }

  /**
   * Stores entries that are no live events (admin changes) with a sync to the disk; only onAppended is
   * told. Resolves once they are written, or with why they could not be.
   */
  recordDurable(drafts: readonly JournalEntryDraft[]): Promise<FlushOutcome> {
    const { unavailable } = this.options;
    const { flushed } = this.store.append(drafts, { durable: true });
    this.tellAppended();
    return unavailable === undefined ? flushed : Promise.resolve({ durable: false, reason: unavailable });
  }

  /** Calls the listener for every entry appended from now on; returns the unsubscribe function. */
  subscribe(listener: JournalListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The live events of the next `limit` entries after `seq` (fewer when some are no live event), and
   * the seq of the last entry read, where the next page starts.
   */
  readLiveAfter(seq: number, limit: number): { events: JournaledLiveEvent[]; through: number } {
    const entries = this.store.readAfter(seq, limit);
    return { events: liveEntries(entries), through: entries.at(-1)?.seq ?? seq };
  }

  /** The number of the oldest entry still kept (`seq + 1` while none is). */
  get firstSeq(): number {
    return this.store.firstSeq;
  }

  /** The number of the last entry stored (0 before the first). */
  get seq(): number {
    return this.store.lastSeq;
  }

  /** The store's id: seqs of another journal mean nothing here. */
  get epoch(): string {
    return this.store.epoch;
  }

  /** Deletes the entries the policy no longer keeps, a little at a time. */
  prune(policy: RetentionPolicy): Promise<PruneReport> {
    return this.store.prune(policy);
  }

  /** Whether the entries go to a stand-in in memory, because the journal's file could not be opened. */
  get standIn(): boolean {
    return this.options.unavailable !== undefined;
  }

  health(): JournalHealth {
    const { unavailable } = this.options;
    if (unavailable !== undefined) return { ok: false, reason: unavailable, unwritten: 0, dropped: 0 };
    return this.store.health();
  }

  close(): Promise<void> {
    return this.store.close();
  }

  /** Entries another replica appended to a shared store: told and published as if appended here. */
  private takeFromOthers(entries: readonly StoredEntry[]): void {
    this.tellAppended();
    this.publish(liveEntries(entries));
  }

  private tellAppended(): void {
    for (const listener of this.appendedListeners) listener();
  }

  private publish(entries: readonly JournalEntry[]): void {
    this.unpublished.push(...entries);
    if (this.publishing) return;
    this.publishing = true;
    try {
      for (let entry = this.unpublished.shift(); entry; entry = this.unpublished.shift()) {
        this.deliver(entry);
      }
    } finally {
      this.publishing = false;
    }
  }

  private deliver(entry: JournalEntry): void {
    for (const listener of this.listeners) {
      try {
        listener(entry);
      } catch (error) {
        this.options.onListenerError(error, entry);
      }
    }
  }
}
