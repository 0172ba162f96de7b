import { FsEvent } from '../events/fs-event';
import { EventOrigin } from '../events/origins';
import { findDirectoryUser } from './directory-lookup';
import { LiveContext } from './live-context';
import { contactHeader, Registration } from './registration';

const origin = (func: string, line: number): EventOrigin => ({ file: 'sofia_reg.c', func, line });
const ORIGINS = {
  register: origin('sofia_reg_handle_register_token', 2059),
  unregister: origin('sofia_reg_handle_register_token', 2213),
  expire: origin('sofia_reg_del_callback', 726),
  disconnect: { file: 'sofia.c', func: 'our_sofia_event_callback', line: 2080 },
};

/** The sofia::register, unregister and expire events, with sofia's headers in sofia's order. */
export class RegistrationEvents {
  constructor(private readonly live: LiveContext) {}

  /** `update`: the REGISTER renewed a registration sofia had (same Call-ID). */
  register(row: Registration, update: boolean): void {
    const event = this.create('sofia::register', ORIGINS.register)
      .addHeader('profile-name', 'internal')
      .addHeader('from-user', row.user)
      .addHeader('from-host', row.realm)
      .addHeader('presence-hosts', 'n/a')
      .addHeader('contact', contactHeader(row))
      .addHeader('call-id', row.callId)
      .addHeader('rpid', 'unknown')
      .addHeader('status', row.status)
      .addHeader('expires', String(row.expiresSeconds))
      .addHeader('to-user', row.user)
      .addHeader('to-host', row.realm)
      .addHeader('network-ip', row.networkIp)
      .addHeader('network-port', String(row.networkPort))
      .addHeader('username', row.user)
      .addHeader('realm', row.realm)
      .addHeader('user-agent', row.userAgent);
    if (update) event.addHeader('update-reg', 'true');
    this.live.fire(this.addUserVariables(event, row));
  }

  unregister(row: Registration): void {
    const event = this.create('sofia::unregister', ORIGINS.unregister)
      .addHeader('profile-name', 'internal')
      .addHeader('username', row.user)
      .addHeader('from-user', row.user)
      .addHeader('from-host', row.realm)
      .addHeader('contact', contactHeader(row))
      .addHeader('call-id', row.callId)
      .addHeader('rpid', 'unknown')
      .addHeader('realm', row.realm)
      .addHeader('network-ip', row.networkIp)
      .addHeader('network-port', String(row.networkPort))
      .addHeader('user-agent', row.userAgent)
      .addHeader('expires', '0');
    this.live.fire(this.addUserVariables(event, row));
  }

  /** The WebSocket a phone registered over closed: `reason: socket-disconnection`, no address. */
  disconnect(row: Registration): void {
    this.live.fire(
      this.create('sofia::unregister', ORIGINS.disconnect)
        .addHeader('profile-name', 'internal')
        .addHeader('from-user', row.user)
        .addHeader('from-host', row.realm)
        .addHeader('call-id', row.callId)
        .addHeader('rpid', 'unknown')
        .addHeader('reason', 'socket-disconnection'),
    );
  }

  expire(row: Registration): void {
    this.live.fire(
      this.create('sofia::expire', ORIGINS.expire)
        .addHeader('profile-name', 'internal')
        .addHeader('call-id', row.callId)
        .addHeader('user', row.user)
        .addHeader('username', row.user)
        .addHeader('host', row.realm)
        .addHeader('contact', contactHeader(row))
        .addHeader('expires', String(row.expiresAt))
        .addHeader('user-agent', row.userAgent)
        .addHeader('realm', row.realm)
        .addHeader('network-ip', row.networkIp)
        .addHeader('network-port', String(row.networkPort)),
    );
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
