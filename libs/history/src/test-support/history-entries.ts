import type { JournalEntry, JsonValue } from '@fscon/journal';
import type { LiveEvent } from '@fscon/live-state';

/** Journal entries numbered from 1, one second apart from `start`, as the connector journals them. */
export class EntryLog {
  readonly entries: JournalEntry[] = [];

  constructor(private readonly start = Date.UTC(2026, 11, 1, 9)) {}

  /** The time of the next entry. */
  get nextTime(): number {
    return this.start + this.entries.length * 1000;
  }

  live(...events: LiveEvent[]): this {
    for (const event of events) {
      const conference = 'conference' in event.data ? event.data.conference : undefined;
      const kind = event.type.replace(/(?<!^)([A-Z])/g, '.$1').toLowerCase();
      this.push({
        kind,
        source: { type: 'freeswitch', node: 'default' },
        ...(conference === undefined ? {} : { subject: { type: 'conference', name: conference } }),
        payload: event as unknown as JsonValue,
      });
    }
    return this;
  }

  admin(kind: string, user: string, payload: JsonValue, subject?: JournalEntry['subject']): this {
    return this.push({ kind, source: { type: 'admin', user }, ...(subject ? { subject } : {}), payload });
  }

  connector(kind: string, payload: JsonValue): this {
    return this.push({ kind, source: { type: 'connector' }, payload });
  }

  private push(entry: Omit<JournalEntry, 'seq' | 'time'>): this {
    this.entries.push({ ...entry, seq: this.entries.length + 1, time: this.nextTime });
    return this;
  }
}
