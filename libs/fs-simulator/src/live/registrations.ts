import { FsEvent } from '../events/fs-event';
import { EventOrigin } from '../events/origins';
import { findDirectoryUser } from './directory-lookup';
import { LiveContext } from './live-context';

/** A SIP registration as sofia keeps it in sip_registrations. */
export interface Registration {
  user: string;
  realm: string;
  callId: string;
  contactHost: string;
  contactPort: number;
  userAgent: string;
  expiresSeconds: number;
  /** Epoch seconds at which the row expires (expires + sip-expires-late-margin). */
  expiresAt: number;
}

export interface RegisterRequest {
  user: string;
  /** `host:port` of the phone; 127.0.0.1:5060 by default. */
  contact?: string;
  expires?: number;
  userAgent?: string;
  callId?: string;
}

const LATE_MARGIN_SECONDS = 60;
const origin = (func: string, line: number): EventOrigin => ({ file: 'sofia_reg.c', func, line });
const ORIGINS = {
  register: origin('sofia_reg_handle_register_token', 2059),
  unregister: origin('sofia_reg_handle_register_token', 2213),
  expire: origin('sofia_reg_del_callback', 726),
  disconnect: { file: 'sofia.c', func: 'our_sofia_event_callback', line: 2085 },
};

/** Registrations of the internal profile with the sofia::register / unregister / expire events. */
export class Registrations {
  private readonly rows: Registration[] = [];
  private calls = 0;

  constructor(private readonly live: LiveContext) {}

  all(): readonly Registration[] {
    return this.rows;
  }

  register(request: RegisterRequest): Registration {
    const user = findDirectoryUser(this.live.xml, request.user);
    if (!user) throw new Error(`no directory user ${request.user}`);
    const [host, port = '5060'] = (request.contact ?? '127.0.0.1:5060').split(':');
    const expires = request.expires ?? 300;
    const existing = this.rows.findIndex(
      (row) => row.user === request.user && row.contactHost === host && row.contactPort === Number(port),
    );
    if (existing >= 0) this.rows.splice(existing, 1);
    const row: Registration = {
      user: request.user,
      realm: user.domain,
      callId: request.callId ?? `sim-reg-${++this.calls}-${this.live.now()}`,
      contactHost: host,
      contactPort: Number(port),
      userAgent: request.userAgent ?? 'fs-simulator',
      expiresSeconds: expires,
      expiresAt: Math.floor(this.live.now() / 1_000_000) + expires + LATE_MARGIN_SECONDS,
    };
    this.rows.push(row);
    const event = this.create('sofia::register', ORIGINS.register)
      .addHeader('profile-name', 'internal')
      .addHeader('from-user', row.user)
      .addHeader('from-host', row.realm)
      .addHeader('presence-hosts', 'n/a')
      .addHeader('contact', contact(row))
      .addHeader('call-id', row.callId)
      .addHeader('rpid', 'unknown')
      .addHeader('status', 'Registered(UDP)')
      .addHeader('expires', String(expires))
      .addHeader('to-user', row.user)
      .addHeader('to-host', row.realm)
      .addHeader('network-ip', row.contactHost)
      .addHeader('network-port', String(row.contactPort))
      .addHeader('username', row.user)
      .addHeader('realm', row.realm)
      .addHeader('user-agent', row.userAgent);
    this.live.fire(this.addUserVariables(event, row));
    return row;
  }

  /** An un-REGISTER (Expires: 0); the row goes after the event, as sofia deletes it afterwards. */
  unregister(user: string): Registration | undefined {
    const row = this.rows.find((candidate) => candidate.user === user);
    if (!row) return undefined;
    const event = this.create('sofia::unregister', ORIGINS.unregister)
      .addHeader('profile-name', 'internal')
      .addHeader('username', row.user)
      .addHeader('from-user', row.user)
      .addHeader('from-host', row.realm)
      .addHeader('contact', contact(row))
      .addHeader('call-id', row.callId)
      .addHeader('rpid', 'unknown')
      .addHeader('realm', row.realm)
      .addHeader('network-ip', row.contactHost)
      .addHeader('network-port', String(row.contactPort))
      .addHeader('user-agent', row.userAgent)
      .addHeader('expires', '0');
    this.live.fire(this.addUserVariables(event, row));
    this.live.deferred.later(() => this.remove(row));
    return row;
  }

  /**
   * The connection a WebSocket phone registered over closed: sofia drops the registration and fires
   * sofia::unregister with `reason: socket-disconnection` and none of the address or user headers.
   */
  disconnect(callId: string): Registration | undefined {
    const row = this.rows.find((candidate) => candidate.callId === callId);
    if (!row) return undefined;
    this.live.fire(
      this.create('sofia::unregister', ORIGINS.disconnect)
        .addHeader('profile-name', 'internal')
        .addHeader('from-user', row.user)
        .addHeader('from-host', row.realm)
        .addHeader('call-id', row.callId)
        .addHeader('rpid', 'unknown')
        .addHeader('reason', 'socket-disconnection'),
    );
    this.live.deferred.later(() => this.remove(row));
    return row;
  }

  /** The registration ran out (sofia's periodic check): sofia::expire, the row is gone. */
  expire(user: string): Registration | undefined {
    const row = this.rows.find((candidate) => candidate.user === user);
    if (!row) return undefined;
    this.remove(row);
    this.live.fire(
      this.create('sofia::expire', ORIGINS.expire)
        .addHeader('profile-name', 'internal')
        .addHeader('call-id', row.callId)
        .addHeader('user', row.user)
        .addHeader('username', row.user)
        .addHeader('host', row.realm)
        .addHeader('contact', contact(row))
        .addHeader('expires', String(row.expiresAt))
        .addHeader('user-agent', row.userAgent)
        .addHeader('realm', row.realm)
        .addHeader('network-ip', row.contactHost)
        .addHeader('network-port', String(row.contactPort)),
    );
    return row;
  }

  private remove(row: Registration): void {
    const index = this.rows.indexOf(row);
    if (index >= 0) this.rows.splice(index, 1);
  }

  private create(subclass: string, at: EventOrigin): FsEvent {
    return this.live.create('CUSTOM', at, subclass);
  }

  /** The auth and directory variables sofia copies onto (un)register events. */
  private addUserVariables(event: FsEvent, row: Registration): FsEvent {
    const user = findDirectoryUser(this.live.xml, row.user);
    event
      .addHeader('sip_number_alias', row.user)
      .addHeader('sip_auth_username', row.user)
      .addHeader('sip_auth_realm', row.realm)
      .addHeader('number_alias', row.user)
      .addHeader('user_name', row.user)
      .addHeader('domain_name', row.realm);
    for (const [name, value] of user?.variables ?? []) event.addHeader(name, value);
    return event;
  }
}

export function contact(row: Registration): string {
  return `"" <sip:${row.user}@${row.contactHost}:${row.contactPort};transport=UDP>`;
}
