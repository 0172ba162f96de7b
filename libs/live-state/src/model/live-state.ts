export { MEMBER_AUDIO_DEFAULTS } from '@fscon/contracts';

/**
 * A conference member as the live protocol shows it. `confid` is FreeSWITCH's member id, `mute` means
 * the member may not speak (`Speak: false`, `can_speak: false`), `deaf` that it may not hear
 * (`Hear: false`, `can_hear: false`); `volume_in`/`volume_out` are FreeSWITCH's steps −4…4 and
 * `energy` its energy level.
 */
export interface Member {
  name: string;
  id: string;
  confid: string;
  mute: boolean;
  talking: boolean;
  deaf: boolean;
  volume_in: number;
  volume_out: number;
  energy: number;
}

export type Recording = { status: 'norec' } | { status: 'running' | 'paused'; file: string };

/** One running FreeSWITCH conference. `members` are in join order, oldest first. */
export interface ConferenceState {
  name: string;
  recording: Recording;
  locked: boolean;
  floor: Member | null;
  lastjoin: Member | null;
  lastleave: Member | null;
  memcount: number;
  members: readonly Member[];
}

/** A SIP registration: the user, the SIP Call-ID of the registration, the network address `ip:port`. */
export interface Registration {
  id: string;
  regid: string;
  sipcon: string;
}

/** What tells a registration apart: its user and Call-ID (see registrationKey). */
export type RegistrationRef = Pick<Registration, 'id' | 'regid'>;

/**
 * The running conferences by name (in the order they appeared) and the SIP registrations by
 * registrationKey. A conference stays here from conference-create to conference-destroy, also while
 * it has no members between its last del-member and the destroy.
 */
export interface LiveState {
  conferences: ReadonlyMap<string, ConferenceState>;
  registrations: ReadonlyMap<string, Registration>;
}

export const EMPTY_LIVE_STATE: LiveState = { conferences: new Map(), registrations: new Map() };

/**
 * Registrations are told apart by user and Call-ID together, as FreeSWITCH's own registration table
 * does: a phone with several lines may register all of them with one Call-ID (RFC 3261 10.2 asks a
 * client to use one Call-ID per registrar), and one user may register from several devices.
 */
export function registrationKey(registration: RegistrationRef): string {
  return JSON.stringify([registration.id, registration.regid]);
}

export function emptyConference(name: string): ConferenceState {
  return {
    name,
    recording: { status: 'norec' },
    locked: false,
    floor: null,
    lastjoin: null,
    lastleave: null,
    memcount: 0,
    members: [],
  };
}
