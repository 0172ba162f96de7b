import type { LiveEvent } from '@fscon/live-state';

/** A domain event and its place in the journal. */
export interface JournalEntry {
  readonly seq: number;
  readonly event: LiveEvent;
}

export type JournalListener = (entry: JournalEntry) => void;

export interface JournalOptions {
  /** Told when a listener throws; the other listeners still get the entry. */
  onListenerError(error: unknown, entry: JournalEntry): void;
}

/**
 * The live domain events in the order they happened, each with a sequence number, published to every
 * subscriber. Publication is serialized: an event appended by a listener while an earlier one is being
 * published waits until every listener has seen the earlier one, so all listeners see the order of seq.
 */
export class Journal {
  private readonly listeners = new Set<JournalListener>();
  private readonly unpublished: JournalEntry[] = [];
  private publishing = false;
  private last = 0;

  constructor(private readonly options: JournalOptions) {}

  /** Numbers and publishes the events in order; returns their entries. */
  append(events: readonly LiveEvent[]): JournalEntry[] {
    const entries = events.map((event) => ({ seq: ++this.last, event }));
    this.publish(entries);
    return entries;
  }

  /** Calls the listener for every entry appended from now on; returns the unsubscribe function. */
  subscribe(listener: JournalListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The number of the last entry appended (0 before the first). */
  get seq(): number {
    return this.last;
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
