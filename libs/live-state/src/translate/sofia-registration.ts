import type { LiveEvent } from '../model/live-event';
import type { Registration } from '../model/live-state';

type Headers = Readonly<Record<string, string>>;

/**
 * The registration a sofia::register, sofia::unregister or sofia::expire event is about. The user is
 * FreeSWITCH's registration user (`reg_user` of `show registrations`): sofia::register and
 * sofia::unregister carry it as `from-user` (sofia fills `from-user` with the To user and `to-user`
 * with the From user), sofia::expire as `user`.
 */
function registrationFrom(headers: Headers, userHeader: 'from-user' | 'user'): Registration | undefined {
  const id = headers[userHeader];
  const regid = headers['call-id'];
  const ip = headers['network-ip'];
  const port = headers['network-port'];
  if (!id || !regid || !ip || !port) {
    return undefined;
  }
  return { id, regid, sipcon: `${ip}:${port}` };
}

/** The domain events of a sofia::* CUSTOM event; pre_register, register_attempt and the rest give none. */
export function translateSofiaEvent(subclass: string, headers: Headers): LiveEvent[] {
  switch (subclass) {
    case 'sofia::register': {
      const registration = registrationFrom(headers, 'from-user');
      return registration ? [{ type: 'RegistrationAdded', data: { registration } }] : [];
    }
    case 'sofia::unregister': {
      const registration = registrationFrom(headers, 'from-user');
      return registration
        ? [{ type: 'RegistrationRemoved', data: { registration, reason: 'unregister' } }]
        : [];
    }
    case 'sofia::expire': {
      const registration = registrationFrom(headers, 'user');
      return registration ? [{ type: 'RegistrationRemoved', data: { registration, reason: 'expire' } }] : [];
    }
    default:
      return [];
  }
}
