import { Conference, Member } from './conference';
import { CONFERENCE_ORIGINS as ORIGINS } from './conference-origins';
import { Conferences } from './conferences';

const ENERGY_STEP = 200;
const ENERGY_MAX = 1800;

/** What mod_conference does to one member: mute, unmute, kick, energy; with their events. */
export class MemberActions {
  constructor(private readonly conferences: Conferences) {}

  mute(conference: Conference, member: Member): void {
    member.flags.canSpeak = false;
    member.flags.talking = false;
    this.conferences.events.member(conference, member, ORIGINS.mute, 'mute-member');
  }

  /** Unmuting plays the profile's unmuted-sound to the member. */
  unmute(conference: Conference, member: Member): void {
    member.flags.canSpeak = true;
    this.conferences.events.member(conference, member, ORIGINS.unmute, 'unmute-member');
    this.conferences.playLater(conference, 'unmuted-sound', member);
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
