import { FsEvent } from '../events/fs-event';
import { EventOrigin } from '../events/origins';
import { Conference, Member } from './conference';
import { addConferenceData, addMemberData, talkingStatistics } from './conference-event-data';
import { CONFERENCE_MAINTENANCE, CONFERENCE_ORIGINS } from './conference-origins';
import { LiveContext } from './live-context';

/** How long a prompt plays: the captured installation's prompts were 0.6 s of silence. */
const PROMPT_MILLISECONDS = 600;

/** The conference::maintenance events, built and fired the way mod_conference builds them. */
export class ConferenceEvents {
  constructor(private readonly live: LiveContext) {}

  private create(origin: EventOrigin): FsEvent {
    return this.live.create('CUSTOM', origin, CONFERENCE_MAINTENANCE);
  }

  /** An event with the conference data and `Action`, then `extra` headers. */
  conference(
    conference: Conference,
    origin: EventOrigin,
    action: string,
    extra: Array<[string, string]> = [],
  ): void {
    const event = addConferenceData(this.create(origin), conference).addHeader('Action', action);
    extra.forEach(([name, value]) => event.addHeader(name, value));
    this.live.fire(event);
  }

  /** An event with the member data and `Action`, then `extra` headers. */
  member(
    conference: Conference,
    member: Member,
    origin: EventOrigin,
    action: string,
    extra: Array<[string, string]> = [],
  ): void {
    this.memberWith(conference, member, origin, [], action, extra);
  }

  /** stop-talking: the member data, the talking statistics, then `Action`. */
  stopTalking(conference: Conference, member: Member, talkedMs: number): void {
    this.memberWith(
      conference,
      member,
      CONFERENCE_ORIGINS.stopTalking,
      talkingStatistics(talkedMs),
      'stop-talking',
    );
  }

  private memberWith(
    conference: Conference,
    member: Member,
    origin: EventOrigin,
    before: Array<[string, string]>,
    action: string,
    after: Array<[string, string]> = [],
  ): void {
    const event = addMemberData(this.create(origin), conference, member);
    before.forEach(([name, value]) => event.addHeader(name, value));
    event.addHeader('Action', action);
    after.forEach(([name, value]) => event.addHeader(name, value));
    this.live.fire(event);
  }

  /** floor-change: Action and Old-ID first, then the new holder's data and New-ID (or both `none`). */
  floorChange(conference: Conference, oldId: number | undefined, holder: Member | undefined): void {
    const event = addConferenceData(this.create(CONFERENCE_ORIGINS.floorChange), conference)
      .addHeader('Action', 'floor-change')
      .addHeader('Old-ID', oldId === undefined ? 'none' : String(oldId));
    if (holder) addMemberData(event, conference, holder);
    this.live.fire(event.addHeader('New-ID', holder ? String(holder.id) : 'none'));
  }

  /**
   * play-file: `conference <name> play` reports a file it plays; conference_file_play reports one it
   * could not open, with `Error` (no play-file-done follows).
   */
  playFile(conference: Conference, file: string, opened: boolean): void {
    const origin = opened ? CONFERENCE_ORIGINS.play : CONFERENCE_ORIGINS.playFailed;
    const error: Array<[string, string]> = opened ? [] : [['Error', 'File could not be played']];
    this.conference(conference, origin, 'play-file', [['File', file], ['Async', 'false'], ...error]);
  }

  /** play-file-member: `conference <name> play <file> <id>` plays the file to that member. */
  playFileMember(conference: Conference, member: Member, file: string): void {
    this.member(conference, member, CONFERENCE_ORIGINS.playMember, 'play-file-member', [['File', file]]);
  }

  /** play-file-done (to the conference) or play-file-member-done (to one member) once a file has played. */
  fileDone(conference: Conference, file: string, member?: Member): void {
    const rate = conference.profile.rate;
    const milliseconds = PROMPT_MILLISECONDS;
    const event = addConferenceData(this.create(CONFERENCE_ORIGINS.fileDone), conference)
      .addHeader('seconds', String(Math.floor(milliseconds / 1000)))
      .addHeader('milliseconds', String(milliseconds))
      .addHeader('samples', String((rate * milliseconds) / 1000))
      .addHeader('Action', member ? 'play-file-member-done' : 'play-file-done');
    if (member) addMemberData(event, conference, member);
    this.live.fire(event.addHeader('File', file));
  }
}
