import { Conference, Member } from './conference';
import { CONFERENCE_ORIGINS as ORIGINS } from './conference-origins';
import { Conferences } from './conferences';
import { ENERGY_STEP, normalizeVolume } from './member-actions';

/** One step up or down, or the number given (atoi: anything else is 0). */
function newLevel(current: number, value: string, step: number): number {
  switch (value.toLowerCase()) {
    case 'up':
      return current + step;
    case 'down':
      return current - step;
    default:
      return Number.parseInt(value, 10) || 0;
  }
}

/**
 * mod_conference's member settings commands, `conference <name> deaf|undeaf|volume_in|volume_out|energy
 * <member> [<value>]`, with the answers and events of the captures (fixtures/fs-captures/
 * moderator-settings): each fires its event even when nothing changes; without a value, volume_in,
 * volume_out and energy only answer the level.
 */
export class MemberSettings {
  constructor(private readonly conferences: Conferences) {}

  deaf(conference: Conference, member: Member, deaf: boolean): string {
    member.flags.canHear = !deaf;
    const action = deaf ? 'deaf' : 'undeaf';
    this.conferences.events.member(
      conference,
      member,
      deaf ? ORIGINS.deaf : ORIGINS.undeaf,
      `${action}-member`,
    );
    return `+OK ${action} ${member.id}\n`;
  }

  volume(conference: Conference, member: Member, direction: 'in' | 'out', value: string | undefined): string {
    const field = direction === 'in' ? 'volumeIn' : 'volumeOut';
    if (value !== undefined) {
      const level = newLevel(member[field], value, 1);
      member[field] = normalizeVolume(level);
      const origin = direction === 'in' ? ORIGINS.volumeIn : ORIGINS.volumeOut;
      this.conferences.events.member(conference, member, origin, `volume-${direction}-member`, [
        ['Volume-Level', String(member[field])],
      ]);
    }
    return `+OK Volume ${direction.toUpperCase()} ${member.id} = ${member[field]}\n`;
  }

  energy(conference: Conference, member: Member, value: string | undefined): string {
    if (value !== undefined) {
      member.energyLevel = newLevel(member.energyLevel, value, ENERGY_STEP);
      this.conferences.events.member(conference, member, ORIGINS.energyLevel, 'energy-level-member', [
        ['Energy-Level', String(member.energyLevel)],
      ]);
    }
    return `Energy ${member.id} = ${member.energyLevel}\n`;
  }

  /** `play <file> <member id>`: the file to that member alone, play-file-member now, -done once played. */
  playTo(conference: Conference, member: Member, file: string): string {
    const path = this.conferences.playback.path(file);
    if (!this.conferences.playback.toMember(conference, member, file))
      return `-ERR (play) File: ${file} not found.\n`;
    this.conferences.notePlayed(conference.name, path, member.id);
    this.conferences.events.playFileMember(conference, member, path);
    return `+OK (play) Playing file ${path} to member ${member.id}\n`;
  }
}
