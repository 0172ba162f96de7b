import { randomUUID } from 'node:crypto';
import { Channel } from './channel';
import { Conference, Member } from './conference';
import { conferenceProfile } from './conference-config';
import { ConferenceEvents } from './conference-events';
import { CONFERENCE_ORIGINS as ORIGINS } from './conference-origins';
import { DigitMachine } from './digit-machine';
import { LiveContext } from './live-context';
import { memberFlags, MemberFlags } from './member-flags';
import { Playback } from './playback';
import { Recorder } from './recorder';

/** A caller entering a conference: where (from the dialplan) and as whom. */
export interface Entry {
  conference: string;
  profile: string;
  channel: Channel;
  flags: MemberFlags;
}

/**
 * The running conferences (newest first) and the member id counter they share, with what happens when
 * members come, go and speak: conference-create, add-member, floor-change, del-member, conference-destroy.
 */
/** Conference names have no spaces, so a member's plays cannot mix with a conference's. */
const playedKey = (name: string, memberId?: number) =>
  memberId === undefined ? name : `${name} ${memberId}`;

export class Conferences {
  private readonly list: Conference[] = [];
  private lastMemberId = 0;
  private readonly played = new Map<string, string[]>();
  readonly events: ConferenceEvents;
  readonly recorder: Recorder;
  readonly playback: Playback;

  constructor(readonly live: LiveContext) {
    this.events = new ConferenceEvents(live);
    this.recorder = new Recorder(live, this.events);
    this.playback = new Playback(live, this.events);
  }

  all(): readonly Conference[] {
    return this.list;
  }

  get(name: string): Conference | undefined {
    return this.list.find((conference) => conference.name === name);
  }

  findMember(id: number): { conference: Conference; member: Member } | undefined {
    for (const conference of this.list) {
      const member = conference.member(id);
      if (member) return { conference, member };
    }
    return undefined;
  }

  /** Notes a file played into conference `name`, or to one of its members (kept after the conference ends). */
  notePlayed(name: string, file: string, memberId?: number): void {
    const key = playedKey(name, memberId);
    this.played.set(key, [...(this.played.get(key) ?? []), file]);
  }

  playedFiles(name: string, memberId?: number): readonly string[] {
    return this.played.get(playedKey(name, memberId)) ?? [];
  }

  /**
   * conference_new when needed, then conference_member_add: a member alone hears the alone-sound
   * (tried before add-member is fired); the first member takes the floor.
   */
  join(entry: Entry): { conference: Conference; member: Member } {
    return this.enter(entry, ++this.lastMemberId);
  }

  /**
   * conference_api_sub_transfer: `transfer` in the old conference, the member leaves it and enters the
   * new one (started with the profile after `@`, or none) with its id but as a new member: the flags of
   * no conf_flags, the new profile's energy level, volumes 0.
   */
  transfer(from: Conference, member: Member, target: string): void {
    this.events.member(from, member, ORIGINS.transfer, 'transfer', [
      ['Old-Conference-Name', from.name],
      ['New-Conference-Name', target],
    ]);
    this.leave(from, member);
    const [conference, profile = 'none'] = target.split('@');
    this.enter({ conference, profile, channel: member.channel, flags: memberFlags(undefined) }, member.id);
  }

  private enter(entry: Entry, id: number): { conference: Conference; member: Member } {
    const conference = this.get(entry.conference) ?? this.create(entry.conference, entry.profile);
    const member: Member = {
      id,
      channel: entry.channel,
      flags: entry.flags,
      energyLevel: conference.profile.energyLevel,
      volumeIn: 0,
      volumeOut: 0,
      joinedMicros: this.live.now(),
      digits: new DigitMachine(this.live.deferred),
    };
    conference.members.unshift(member);
    if (conference.members.length === 1) this.playSound(conference, 'alone-sound');
    this.events.member(conference, member, ORIGINS.addMember, 'add-member');
    if (!conference.floorHolder) this.setFloor(conference, member);
    return { conference, member };
  }

  /**
   * conference_member_del: the floor is let go (floor-change none), the one left hears the alone-sound,
   * del-member, destroy when empty.
   */
  leave(conference: Conference, member: Member): void {
    const index = conference.members.indexOf(member);
    if (index < 0) return;
    if (conference.floorHolder === member) {
      conference.floorHolder = undefined;
      this.events.floorChange(conference, undefined, undefined);
    }
    conference.members.splice(index, 1);
    if (conference.members.length === 1) this.playSound(conference, 'alone-sound');
    this.events.member(conference, member, ORIGINS.delMember, 'del-member');
    if (conference.members.length === 0) this.destroy(conference);
  }

  /**
   * The member talks: start-talking when it did not, then it holds the floor (floor-change); a muted
   * member fires mute-detect instead.
   */
  talk(conference: Conference, member: Member): void {
    if (!member.flags.canSpeak) {
      if (!member.flags.muteDetect) return;
      member.flags.talking = true;
      this.events.member(conference, member, ORIGINS.muteDetect, 'mute-detect');
      member.flags.talking = false;
      this.playSound(conference, 'mute-detect-sound', member);
      return;
    }
    if (!member.flags.talking) {
      member.flags.talking = true;
      member.talkingSinceMicros = this.live.now();
      this.events.member(conference, member, ORIGINS.startTalking, 'start-talking');
    }
    if (conference.floorHolder !== member) this.setFloor(conference, member);
  }

  /** The member fell silent: stop-talking (FreeSWITCH fires it about 0.75 s into the silence). */
  stopTalking(conference: Conference, member: Member): void {
    if (!member.flags.talking) return;
    member.flags.talking = false;
    const talkedMs = (this.live.now() - (member.talkingSinceMicros ?? this.live.now())) / 1000;
    this.events.stopTalking(conference, member, talkedMs);
  }

  /** A sound of the conference profile (alone-sound, unmuted-sound ...), to the conference or to one member. */
  playSound(conference: Conference, param: string, member?: Member): void {
    const file = conference.profile.sounds.get(param);
    if (file === undefined) return;
    if (member) this.playback.toMember(conference, member, file);
    else this.playback.toConference(conference, file);
  }

  private setFloor(conference: Conference, member: Member): void {
    const old = conference.floorHolder;
    conference.floorHolder = member;
    this.events.floorChange(conference, old?.id, member);
  }

  private create(name: string, profileName: string): Conference {
    const profile = conferenceProfile(this.live.xml, profileName);
    const conference = new Conference(name, randomUUID(), profile, profile.domain, this.live.now());
    this.list.unshift(conference);
    this.events.conference(conference, ORIGINS.create, 'conference-create');
    return conference;
  }

  private destroy(conference: Conference): void {
    this.recorder.stop(conference);
    this.list.splice(this.list.indexOf(conference), 1);
    this.live.deferred.later(() => this.events.conference(conference, ORIGINS.destroy, 'conference-destroy'));
  }
}
