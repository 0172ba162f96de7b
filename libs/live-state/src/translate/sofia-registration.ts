import type { LiveEvent, RegistrationRemovalReason } from '../model/live-event';
import type { Registration, RegistrationRef } from '../model/live-state';

type Headers = Readonly<Record<string, string>>;
type UserHeader = 'from-user' | 'user';

/**
 * The registration a sofia::register, sofia::unregister or sofia::expire event is about. The user is
 * FreeSWITCH's registration user (`reg_user` of `show registrations`): sofia::register and
 * sofia::unregister carry it as `from-user` (sofia fills `from-user` with the To user and `to-user`
 * with the From user), sofia::expire as `user`.
 */
function registrationRef(headers: Headers, userHeader: UserHeader): RegistrationRef | undefined {
  const id = headers[userHeader];
  const regid = headers['call-id'];
  return id && regid ? { id, regid } : undefined;
}

function registrationFrom(headers: Headers, userHeader: UserHeader): Registration | undefined {
  const ref = registrationRef(headers, userHeader);
  const ip = headers['network-ip'];
  const port = headers['network-port'];
  return ref && ip && port ? { ...ref, sipcon: `${ip}:${port}` } : undefined;
}

function removed(registration: RegistrationRef | undefined, reason: RegistrationRemovalReason): LiveEvent[] {
  return registration ? [{ type: 'RegistrationRemoved', data: { registration, reason } }] : [];
}

/**
 * The domain events of a sofia::* CUSTOM event; pre_register, register_attempt and the rest give none.
 * When the connection a WebSocket phone registered over closes, FreeSWITCH drops the registration and
 * fires sofia::unregister with `reason: socket-disconnection` and no network address.
 */
export function translateSofiaEvent(subclass: string, headers: Headers): LiveEvent[] {
  switch (subclass) {
    case 'sofia::register': {
      const registration = registrationFrom(headers, 'from-user');
      return registration ? [{ type: 'RegistrationAdded', data: { registration } }] : [];
    }
    case 'sofia::unregister': {
      const reason = headers['reason'] === 'socket-disconnection' ? 'disconnect' : 'unregister';
      return removed(registrationRef(headers, 'from-user'), reason);
    }
    case 'sofia::expire':
      return removed(registrationRef(headers, 'user'), 'expire');
    default:
      return [];
  }
}
