import { randomUUID } from 'node:crypto';
import { Channel } from './channel';
import { Conference, Member } from './conference';
import { conferenceProfile } from './conference-config';
import { ConferenceEvents } from './conference-events';
import { CONFERENCE_ORIGINS as ORIGINS } from './conference-origins';
import { LiveContext } from './live-context';
import { MemberFlags } from './member-flags';
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
export class Conferences {
  private readonly list: Conference[] = [];
  private lastMemberId = 0;
  private readonly played = new Map<string, string[]>();
  readonly events: ConferenceEvents;
  readonly recorder: Recorder;

  constructor(readonly live: LiveContext) {
    this.events = new ConferenceEvents(live);
    this.recorder = new Recorder(live, this.events);
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

  /** Notes a file played into conference `name` (kept after the conference ends). */
  notePlayed(name: string, file: string): void {
    this.played.set(name, [...(this.played.get(name) ?? []), file]);
  }

  playedFiles(name: string): readonly string[] {
    return this.played.get(name) ?? [];
  }

  /** conference_new when needed, then conference_member_add; the first member takes the floor. */
  join(entry: Entry): { conference: Conference; member: Member } {
    const conference = this.get(entry.conference) ?? this.create(entry.conference, entry.profile);
    const member: Member = {
      id: ++this.lastMemberId,
      channel: entry.channel,
      flags: entry.flags,
      energyLevel: conference.profile.energyLevel,
      joinedMicros: this.live.now(),
    };
    conference.members.unshift(member);
    this.events.member(conference, member, ORIGINS.addMember, 'add-member');
    if (!conference.floorHolder) this.setFloor(conference, member);
    if (conference.members.length === 1) this.playLater(conference, 'alone-sound');
    return { conference, member };
  }

  /** conference_member_del: the floor is let go (floor-change none), del-member, destroy when empty. */
  leave(conference: Conference, member: Member): void {
    const index = conference.members.indexOf(member);
    if (index < 0) return;
    if (conference.floorHolder === member) {
      conference.floorHolder = undefined;
      this.events.floorChange(conference, undefined, undefined);
    }
    conference.members.splice(index, 1);
    this.events.member(conference, member, ORIGINS.delMember, 'del-member');
    if (conference.members.length === 1) this.playLater(conference, 'alone-sound');
    if (conference.members.length === 0) this.destroy(conference);
  }

  /** The member talks: it holds the floor (floor-change) unless muted, where mute-detect fires instead. */
  talk(conference: Conference, member: Member): void {
    if (!member.flags.canSpeak) {
      if (!member.flags.muteDetect) return;
      member.flags.talking = true;
      this.events.member(conference, member, ORIGINS.muteDetect, 'mute-detect');
      member.flags.talking = false;
      this.playLater(conference, 'mute-detect-sound', member);
      return;
    }
    conference.members.forEach((other) => (other.flags.talking = other === member));
    if (conference.floorHolder !== member) this.setFloor(conference, member);
  }

  /** The path of a profile sound (e.g. alone-sound) under the sound prefix, as conference_file_play finds it. */
  soundPath(conference: Conference, param: string): string | undefined {
    const file = conference.profile.sounds.get(param);
    if (!file) return undefined;
    return file.startsWith('/') ? file : `${this.live.variable('sound_prefix') ?? ''}/${file}`;
  }

  /** A profile sound played to the conference or one member: its done event after the command. */
  playLater(conference: Conference, param: string, member?: Member): void {
    const path = this.soundPath(conference, param);
    if (path) this.live.deferred.later(() => this.events.fileDone(conference, path, member));
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
