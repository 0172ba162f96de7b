import { FsEvent } from './fs-event';
import { EventOrigin } from './origins';

/** Who the simulated FreeSWITCH is: the values of the core headers on every event. */
export interface CoreIdentity {
  coreUuid: string;
  hostname: string;
  switchname: string;
  ipv4: string;
  ipv6: string;
}

/** Microseconds since the epoch, with sub-millisecond precision. */
export type MicroClock = () => number;

export const systemMicroClock: MicroClock = () =>
  Math.floor((performance.timeOrigin + performance.now()) * 1000);

/**
 * Creates events the way switch_event_create does: Event-Subclass (of CUSTOM events) first, then the core
 * headers in FreeSWITCH's order, and a
 * sequence number taken at creation (so an event created earlier but fired later keeps the lower number).
 */
export class EventFactory {
  private sequence = 0;

  constructor(
    readonly identity: CoreIdentity,
    private readonly clock: MicroClock = systemMicroClock,
  ) {}

  create(name: string, origin: EventOrigin, subclass?: string): FsEvent {
    const micros = this.clock();
    const date = new Date(Math.floor(micros / 1000));
    const event = new FsEvent(name, subclass);
    if (subclass) event.addHeader('Event-Subclass', subclass);
    return event
      .addHeader('Event-Name', name)
      .addHeader('Core-UUID', this.identity.coreUuid)
      .addHeader('FreeSWITCH-Hostname', this.identity.hostname)
      .addHeader('FreeSWITCH-Switchname', this.identity.switchname)
      .addHeader('FreeSWITCH-IPv4', this.identity.ipv4)
      .addHeader('FreeSWITCH-IPv6', this.identity.ipv6)
      .addHeader('Event-Date-Local', localDate(date))
      .addHeader('Event-Date-GMT', rfc822Date(date))
      .addHeader('Event-Date-Timestamp', String(micros))
      .addHeader('Event-Calling-File', origin.file)
      .addHeader('Event-Calling-Function', origin.func)
      .addHeader('Event-Calling-Line-Number', String(origin.line))
      .addHeader('Event-Sequence', String(++this.sequence));
  }

  now(): number {
    return this.clock();
  }
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `%Y-%m-%d %T` in local time. */
export function localDate(d: Date): string {
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${day} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** switch_rfc822_date: `Fri, 27 Nov 2026 17:12:05 GMT`. */
function rfc822Date(d: Date): string {
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${time} GMT`;
}
