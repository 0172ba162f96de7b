import { findDirectoryUser } from './directory-lookup';
import { LiveContext } from './live-context';
import { RegisterRequest, Registration, registrationOf } from './registration';
import { RegistrationEvents } from './registration-events';

export type { RegisterRequest, Registration } from './registration';

/**
 * How long sofia's SQL thread takes to write a registration change into sip_registrations, which
 * `show registrations` and `sofia status` read; its events are fired before. The captures
 * registration-listing and wss-registration saw 10 to 180 ms.
 */
const SQL_WRITE_MS = 100;

type Match = (row: Registration) => boolean;

function replace(rows: Registration[], match: Match, row?: Registration): void {
  for (let index = rows.length - 1; index >= 0; index -= 1) if (match(rows[index]!)) rows.splice(index, 1);
  if (row) rows.push(row);
}

/**
 * The registrations of the internal profile: those sofia knows of (its events and the lookups go by
 * them at once), and the sip_registrations table the listings read, written SQL_WRITE_MS later.
 */
export class Registrations {
  private readonly known: Registration[] = [];
  private readonly table: Registration[] = [];
  private readonly events: RegistrationEvents;
  private calls = 0;

  constructor(private readonly live: LiveContext) {
    this.events = new RegistrationEvents(live);
  }

  /** The rows `show registrations` and `sofia status` list. */
  all(): readonly Registration[] {
    return this.table;
  }

  /**
   * A REGISTER: sofia::register at once (`update-reg: true` when it renews the registration of its
   * Call-ID); its row replaces the one of the same Call-ID, or of the same user and Contact, later.
   */
  register(request: RegisterRequest): Registration {
    const user = findDirectoryUser(this.live.xml, request.user);
    if (!user) throw new Error(`no directory user ${request.user}`);
    const callId = request.callId ?? `sim-reg-${++this.calls}-${this.live.now()}`;
    const row = registrationOf(request, user.domain, callId, Math.floor(this.live.now() / 1_000_000));
    const renews = this.known.some((known) => known.callId === callId);
    const replaced: Match = (other) =>
      other.callId === callId || (other.user === row.user && other.contactUri === row.contactUri);
    replace(this.known, replaced, row);
    this.events.register(row, renews);
    this.live.deferred.after(SQL_WRITE_MS, () => replace(this.table, replaced, row));
    return row;
  }

  /** An un-REGISTER (Expires: 0) of the user's registration, the one with that Call-ID when given. */
  unregister(user: string, callId?: string): Registration | undefined {
    const row = this.known.find((r) => r.user === user && (callId === undefined || r.callId === callId));
    if (!row) return undefined;
    this.events.unregister(row);
    this.forget(row);
    return row;
  }

  /**
   * The WebSocket a phone registered over closed: sofia drops the registration and fires
   * sofia::unregister with `reason: socket-disconnection` and none of the address or user headers.
   */
  disconnect(callId: string): Registration | undefined {
    const row = this.known.find((candidate) => candidate.callId === callId);
    if (!row) return undefined;
    this.events.disconnect(row);
    this.forget(row);
    return row;
  }

  /** The registration ran out (sofia's periodic check): the row is deleted, then sofia::expire. */
  expire(user: string): Registration | undefined {
    const row = this.known.find((candidate) => candidate.user === user);
    if (!row) return undefined;
    const same: Match = (other) => other.callId === row.callId;
    replace(this.known, same);
    replace(this.table, same);
    this.events.expire(row);
    return row;
  }

  private forget(row: Registration): void {
    const same: Match = (other) => other.callId === row.callId;
    replace(this.known, same);
    this.live.deferred.after(SQL_WRITE_MS, () => replace(this.table, same));
  }
}
