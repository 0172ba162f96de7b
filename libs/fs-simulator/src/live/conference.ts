import { Channel } from './channel';
import { ConferenceProfile } from './conference-config';
import type { DigitMachine } from './digit-machine';
import { MemberFlags } from './member-flags';

/** A conference member: its id (one counter for all conferences), channel, flags, energy and volumes. */
export interface Member {
  id: number;
  channel: Channel;
  flags: MemberFlags;
  energyLevel: number;
  /** volume_in: the member's voice as the conference hears it (`vol listen`, gain-level), -4 to 4. */
  volumeIn: number;
  /** volume_out: what the member hears (`vol talk`, volume-level), -4 to 4. */
  volumeOut: number;
  joinedMicros: number;
  /** The keys pressed so far towards a caller control of more than one key. */
  digits: DigitMachine;
  /** Since when the member talks (start-talking), for stop-talking's statistics. */
  talkingSinceMicros?: number;
}

/** A recording of the conference: the file, when it started, how long it was paused. */
export interface Recording {
  path: string;
  startedMicros: number;
  pausedAtMicros: number | undefined;
  pausedMicros: number;
}

/** A running conference. Members and recordings are listed newest first, as mod_conference lists them. */
export class Conference {
  readonly members: Member[] = [];
  readonly recordings: Recording[] = [];
  floorHolder: Member | undefined;
  locked = false;
  /** The PIN `conference <name> pin` set, asked of those who join from then on; '' for none. */
  pin = '';

  constructor(
    readonly name: string,
    readonly uuid: string,
    readonly profile: ConferenceProfile,
    readonly domain: string,
    readonly createdMicros: number,
  ) {}

  member(id: number): Member | undefined {
    return this.members.find((member) => member.id === id);
  }

  recording(path: string): Recording | undefined {
    return this.recordings.find((recording) => recording.path === path);
  }
}
