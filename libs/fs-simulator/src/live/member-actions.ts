import { Conference, Member } from './conference';
import { CONFERENCE_ORIGINS as ORIGINS } from './conference-origins';
import { Conferences } from './conferences';

/** `energy up` / `dn` of the caller controls and `energy <id> up|down` of the API step by 200. */
export const ENERGY_STEP = 200;
const ENERGY_MAX = 1800;

/** switch_normalize_volume: levels run from -4 to 4. */
export function normalizeVolume(level: number): number {
  return Math.min(4, Math.max(-4, level));
}

/** Which volume a `vol talk` / `vol listen` control changes, how, and the event it fires. */
export type VolumeDirection = 'talk' | 'listen';
export type VolumeChange = 'up' | 'dn' | 'zero';

const VOLUME_CONTROLS = {
  talk: { level: 'volumeOut', action: 'volume-level', up: ORIGINS.volumeTalkUp, dn: ORIGINS.volumeTalkDn, zero: ORIGINS.volumeTalkZero },
  listen: { level: 'volumeIn', action: 'gain-level', up: ORIGINS.volumeListenUp, dn: ORIGINS.volumeListenDn, zero: ORIGINS.volumeListenZero },
} as const; // prettier-ignore

/** What mod_conference does to one member: mute, unmute, kick, the caller controls' volumes and energy; with their events. */
export class MemberActions {
  constructor(private readonly conferences: Conferences) {}

  mute(conference: Conference, member: Member): void {
    member.flags.canSpeak = false;
    member.flags.talking = false;
    this.conferences.events.member(conference, member, ORIGINS.mute, 'mute-member');
  }

  /** Unmuting plays the profile's unmuted-sound to the member, unless `quiet`. */
  unmute(conference: Conference, member: Member, quiet = false): void {
    member.flags.canSpeak = true;
    this.conferences.events.member(conference, member, ORIGINS.unmute, 'unmute-member');
    if (!quiet) this.conferences.playSound(conference, 'unmuted-sound', member);
  }

  toggleMute(conference: Conference, member: Member): void {
    if (member.flags.hold) return;
    if (member.flags.canSpeak) this.mute(conference, member);
    else this.unmute(conference, member);
  }

  /** kick-member now; the member's thread leaves afterwards (del-member). */
  kick(conference: Conference, member: Member): void {
    this.conferences.events.member(conference, member, ORIGINS.kick, 'kick-member');
    this.conferences.live.deferred.later(() => this.conferences.leave(conference, member));
  }

  /**
   * vol talk / vol listen of the caller controls: the member's output (talk) or input (listen) level
   * one step up or down, or back to 0; `volume-level` (talk) or `gain-level` (listen) with the new
   * level, then the level said to the member: `currency/negative` when below 0, then `digits/<n>`.
   */
  volume(conference: Conference, member: Member, direction: VolumeDirection, change: VolumeChange): void {
    const control = VOLUME_CONTROLS[direction];
    const stepped = change === 'zero' ? 0 : member[control.level] + (change === 'up' ? 1 : -1);
    const level = normalizeVolume(stepped);
    member[control.level] = level;
    this.conferences.events.member(conference, member, control[change], control.action, [
      ['New-Level', String(level)],
    ]);
    const playback = this.conferences.playback;
    if (level < 0) playback.toMember(conference, member, 'currency/negative.wav');
    playback.toMember(conference, member, `digits/${Math.abs(level)}.wav`);
  }

  /** energy up / equ / dn of the caller controls: steps of 200 between 0 and 1800, or the profile's level. */
  energy(conference: Conference, member: Member, change: 'up' | 'equ' | 'dn'): void {
    const level =
      change === 'equ'
        ? conference.profile.energyLevel
        : member.energyLevel + (change === 'up' ? ENERGY_STEP : -ENERGY_STEP);
    member.energyLevel = Math.min(ENERGY_MAX, Math.max(0, level));
    this.conferences.events.member(conference, member, ORIGINS.energy, 'energy-level', [
      ['New-Level', String(member.energyLevel)],
    ]);
  }
}
