import type { ConferenceState, Member, Registration, RegistrationRef } from './live-state';

/** What FreeSWITCH reported about a running conference, SIP registration or moderator key. */
export type LiveEvent =
  | { type: 'ConferenceCreated'; data: { conference: string } }
  | { type: 'MemberJoined'; data: { conference: string; member: Member } }
  | { type: 'MemberLeft'; data: { conference: string; member: Member } }
  /** `floor` null: no one has the floor (FreeSWITCH's `New-ID: none`). */
  | { type: 'FloorChanged'; data: { conference: string; floor: Member | null } }
  | { type: 'MemberMuted'; data: { conference: string; confid: string } }
  | { type: 'MemberUnmuted'; data: { conference: string; confid: string } }
  /** FreeSWITCH hears the member above its energy level (start-talking) or no longer (stop-talking). */
  | { type: 'MemberTalking'; data: { conference: string; confid: string } }
  | { type: 'MemberStoppedTalking'; data: { conference: string; confid: string } }
  | { type: 'MemberDeafened'; data: { conference: string; confid: string } }
  | { type: 'MemberUndeafened'; data: { conference: string; confid: string } }
  /** `in`: the member's voice as the conference hears it; `out`: the conference as the member hears it. */
  | {
      type: 'MemberVolumeChanged';
      data: { conference: string; confid: string; direction: 'in' | 'out'; level: number };
    }
  | { type: 'MemberEnergyChanged'; data: { conference: string; confid: string; energy: number } }
  /**
   * FreeSWITCH has no event of its own for `mute all` (it fires one mute-member per member); the
   * connector appends this one when its `mute all` command succeeded.
   */
  | { type: 'AllMuted'; data: { conference: string } }
  | { type: 'ConferenceLocked'; data: { conference: string } }
  | { type: 'ConferenceUnlocked'; data: { conference: string } }
  | { type: 'RecordingStarted'; data: { conference: string; file: string } }
  | { type: 'RecordingPaused'; data: { conference: string; file: string } }
  | { type: 'RecordingResumed'; data: { conference: string; file: string } }
  /** `file` is absent when the stop is not about one known file (a correction from a snapshot). */
  | { type: 'RecordingStopped'; data: { conference: string; file?: string } }
  | { type: 'ConferenceEnded'; data: { conference: string } }
  | { type: 'ModeratorKeyPressed'; data: ModeratorKey }
  | { type: 'RegistrationAdded'; data: { registration: Registration } }
  | {
      type: 'RegistrationRemoved';
      data: { registration: RegistrationRef; reason: RegistrationRemovalReason };
    }
  /** The conferences as `conference json_list` listed them (after a (re)connect). */
  | { type: 'ConferencesRebuilt'; data: { conferences: ConferenceState[] } }
  /** The registrations as `show registrations as json` listed them (after a (re)connect). */
  | { type: 'RegistrationsRebuilt'; data: { registrations: Registration[] } };

export type LiveEventType = LiveEvent['type'];
export type LiveEventOf<T extends LiveEventType> = Extract<LiveEvent, { type: T }>;

/**
 * `unregister`: the phone said goodbye; `disconnect`: the connection a WebSocket phone registered over
 * closed; `expire`: it stopped refreshing; `reconcile`: a snapshot lacked it.
 */
export type RegistrationRemovalReason = 'unregister' | 'disconnect' | 'expire' | 'reconcile';

/** The `Data` values the seed's caller-controls send with `Action: dtmf`. */
export const MODERATOR_CONTROLS = [
  'muteall',
  'startrecording',
  'pauserecording',
  'resumerecording',
  'stoprecording',
  'checkrecording',
  'conferencelock',
  'conferenceunlock',
] as const;
export type ModeratorControl = (typeof MODERATOR_CONTROLS)[number];

export function isModeratorControl(value: string): value is ModeratorControl {
  return (MODERATOR_CONTROLS as readonly string[]).includes(value);
}

/** A key a member pressed that the conference profile maps to an `event` control (`Action: dtmf`). */
export interface ModeratorKey {
  conference: string;
  member: Member;
  key: string;
  /** The control's `Data`, as configured; compare with isModeratorControl before acting on it. */
  control: string;
}
