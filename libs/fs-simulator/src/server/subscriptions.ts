import { EVENT_NAMES, eventType } from '../events/event-names';
import { FsEvent } from '../events/fs-event';
import { EventFormat } from '../protocol/event-serializer';

const FORMATS: readonly EventFormat[] = ['plain', 'json', 'xml'];

/**
 * A connection's event subscription, as the `event`, `nixevent` and `noevents` commands of
 * mod_event_socket keep it: a set of event types (ALL for everything) and CUSTOM subclasses.
 */
export class Subscriptions {
  format: EventFormat = 'plain';
  enabled = false;
  private readonly types = new Set<string>();
  private readonly subclasses = new Set<string>();

  /** @param knownSubclasses the CUSTOM subclasses that exist now (ALL subscribes to those too) */
  constructor(private readonly knownSubclasses: () => Iterable<string>) {}

  /** `event [plain|json|xml] NAME... [CUSTOM subclass...]`; words as split on single spaces. */
  subscribe(words: string[]): string {
    let keywords = 0;
    let custom = false;
    words.forEach((word, i) => {
      const format = FORMATS.find((f) => f === word.toLowerCase());
      if (i === 0 && format) {
        this.format = format;
      } else if (custom) {
        this.subclasses.add(word);
      } else {
        const type = eventType(word);
        if (!type) return;
        keywords++;
        if (type === 'ALL') {
          EVENT_NAMES.forEach((name) => this.types.add(name));
          for (const subclass of this.knownSubclasses()) this.subclasses.add(subclass);
        }
        this.types.add(type);
        custom ||= type === 'CUSTOM';
      }
    });
    if (keywords === 0) return '-ERR no keywords supplied';
    this.enabled = true;
    return `+OK event listener enabled ${this.format}`;
  }

  /** `nixevent NAME... [CUSTOM subclass...]` */
  unsubscribe(words: string[]): string {
    let keywords = 0;
    let custom = false;
    for (const word of words) {
      const type = custom ? undefined : eventType(word);
      if (custom) {
        this.subclasses.delete(word);
      } else if (type) {
        keywords++;
        if (type === 'CUSTOM') custom = true;
        else if (type === 'ALL') this.types.clear();
        else {
          if (this.types.delete('ALL')) EVENT_NAMES.forEach((name) => name !== 'ALL' && this.types.add(name));
          this.types.delete(type);
        }
      }
    }
    if (keywords === 0) return '-ERR no keywords supplied';
    this.enabled = true;
    return '+OK events nixed';
  }

  /** `noevents` */
  clear(): string {
    if (!this.enabled) return '-ERR not listening for events';
    this.enabled = false;
    this.types.clear();
    this.subclasses.clear();
    return '+OK no longer listening for events';
  }

  matches(event: FsEvent): boolean {
    if (!this.enabled) return false;
    if (this.types.has('ALL')) return true;
    if (!this.types.has(event.name)) return false;
    return event.name !== 'CUSTOM' || !event.subclass || this.subclasses.has(event.subclass);
  }
}
