import type { JournalEntry } from '@fscon/journal';
import type { ConferenceState, LiveEvent, Member } from '@fscon/live-state';
import type { HistorySink, ParticipantRow, SessionRow } from '../history-rows';
import { configuredFrom, NOTHING_CONFIGURED, type Configured } from './configured-conferences';
import { openSessionFrom, storedOpenSession, type OpenSession, type StoredOpenSession } from './open-session';
import { timelineText } from './timeline-text';

/**
 * The live event an entry carries: FreeSWITCH's entries hold it as `{type, data}`; others (the Event
 * Socket's connection) hold something else.
 */
function liveEventOf(entry: JournalEntry): LiveEvent | undefined {
  const { payload } = entry;
  if (entry.source.type !== 'freeswitch' || typeof payload !== 'object' || payload === null) return undefined;
  if (!('type' in payload) || !('data' in payload)) return undefined;
  const { type, data } = payload;
  const valid = typeof type === 'string' && typeof data === 'object' && data !== null && !Array.isArray(data);
  return valid ? (payload as unknown as LiveEvent) : undefined;
}

/** Ends the member's talking span, if one is open, adding it to its talk time. */
function endTalk(row: ParticipantRow, time: number): void {
  if (row.talkingSince === null) return;
  row.talkMs += Math.max(0, time - row.talkingSince);
  row.talkingSince = null;
}

/** What the session projector needs to go on after a restart: the open sessions and the configuration. */
export interface SessionsState {
  readonly open: readonly StoredOpenSession[];
  readonly configured: Configured;
}

export const NO_SESSIONS: SessionsState = { open: [], configured: NOTHING_CONFIGURED };

/**
 * Conference runs from the live entries. A session opens at `conference.created`, at a first
 * `member.joined`, or when a `conferences.rebuilt` lists a conference that has none open; it ends at
 * `conference.ended`, or when a later `conferences.rebuilt` no longer lists the conference. Its id is
 * the seq of the entry that opened it; the further sessions one `conferences.rebuilt` opens add `.2`,
 * `.3` … in the order it lists their conferences.
 */
export class SessionProjector {
  private readonly open: Map<string, OpenSession>;
  private configured: Configured;

  constructor(
    private readonly sink: HistorySink,
    state: SessionsState = NO_SESSIONS,
  ) {
    this.open = new Map(state.open.map((stored) => [stored.row.conference, openSessionFrom(stored)]));
    this.configured = state.configured;
  }

  state(): SessionsState {
    return { open: [...this.open.values()].map(storedOpenSession), configured: this.configured };
  }

  /** The configuration the newest `xmlstate.rebuilt` gave; the same object until the next one. */
  get configuration(): Configured {
    return this.configured;
  }

  apply(entry: JournalEntry): void {
    if (entry.kind === 'xmlstate.rebuilt') {
      this.configured = configuredFrom(entry.payload);
      return;
    }
    const event = liveEventOf(entry);
    if (event === undefined) return;
    if (event.type === 'ConferencesRebuilt') {
      this.rebuilt(entry, event.data.conferences);
      return;
    }
    if (!('conference' in event.data) || event.type === 'FloorChanged') return;
    const name = event.data.conference;
    const opens = event.type === 'ConferenceCreated' || event.type === 'MemberJoined';
    const session = this.open.get(name) ?? (opens ? this.start(name, entry) : undefined);
    if (session === undefined) return;
    this.note(session, entry, event);
    this.evolve(session, entry, event);
  }

  private evolve(session: OpenSession, entry: JournalEntry, event: LiveEvent): void {
    switch (event.type) {
      case 'MemberJoined':
        return this.join(session, entry, event.data.member);
      case 'MemberLeft':
        return this.leave(session, event.data.member.confid, entry.time);
      case 'MemberTalking':
        return this.talk(session, event.data.confid, entry.time);
      case 'MemberStoppedTalking':
      case 'MemberMuted':
        return this.stopTalking(session, event.data.confid, entry.time);
      case 'AllMuted':
        return [...session.present.keys()].forEach((confid) => this.stopTalking(session, confid, entry.time));
      case 'RecordingStarted':
        return this.record(session, entry, event.data.file);
      case 'RecordingStopped':
        return this.stopRecordings(session, entry.time, event.data.file);
      case 'ConferenceEnded':
        return this.end(session, entry.time);
    }
  }

  private rebuilt(entry: JournalEntry, conferences: readonly ConferenceState[]): void {
    const listed = new Set(conferences.map((conference) => conference.name));
    for (const session of [...this.open.values()]) {
      if (listed.has(session.row.conference)) continue;
      this.timeline(session, entry, 'no longer running when FreeSWITCH was asked again');
      this.end(session, entry.time);
    }
    let opened = 0;
    for (const conference of conferences) {
      const known = this.open.get(conference.name);
      const session = known ?? this.start(conference.name, entry, (opened += 1));
      if (known === undefined) this.timeline(session, entry, 'found running when FreeSWITCH was asked');
      const members = new Set(conference.members.map((member) => member.confid));
      for (const confid of session.present.keys()) {
        if (!members.has(confid)) this.leave(session, confid, entry.time);
      }
      for (const member of conference.members) {
        if (!session.present.has(member.confid)) this.join(session, entry, member);
        if (member.talking) this.talk(session, member.confid, entry.time);
        else this.stopTalking(session, member.confid, entry.time);
      }
      const { recording } = conference;
      const file = recording.status === 'norec' ? undefined : recording.file;
      for (const running of session.running.keys()) {
        if (running !== file) this.stopRecordings(session, entry.time, running);
      }
      if (file !== undefined && !session.running.has(file)) this.record(session, entry, file);
    }
  }

  /** Opens the `part`-th session `entry` opens. */
  private start(conference: string, entry: JournalEntry, part = 1): OpenSession {
    const configured = this.configured.conferences[conference];
    const row: SessionRow = {
      session: part === 1 ? String(entry.seq) : `${entry.seq}.${part}`,
      conference,
      num: configured?.num ?? '',
      context: configured?.context ?? null,
      startedAt: entry.time,
      endedAt: null,
      peakMembers: 0,
      participants: 0,
      recordings: 0,
    };
    const session = { row, present: new Map(), running: new Map() };
    this.open.set(conference, session);
    this.sink.session(row);
    return session;
  }

  private note(session: OpenSession, entry: JournalEntry, event: LiveEvent): void {
    const nameOf = (confid: string) => session.present.get(confid)?.name ?? `member ${confid}`;
    const text = timelineText(event, nameOf);
    if (text !== undefined) this.timeline(session, entry, text);
  }

  private timeline(session: OpenSession, entry: JournalEntry, text: string): void {
    this.sink.timeline({
      session: session.row.session,
      seq: entry.seq,
      at: entry.time,
      kind: entry.kind,
      text,
    });
  }

  private join(session: OpenSession, entry: JournalEntry, member: Member): void {
    const { users } = this.configured;
    const row = {
      session: session.row.session,
      joinSeq: entry.seq,
      confid: member.confid,
      name: member.name,
      number: member.id,
      user: users?.includes(member.id) ? member.id : null,
      joinedAt: entry.time,
      leftAt: null,
      talkMs: 0,
      talkingSince: null,
    };
    this.leave(session, member.confid, entry.time);
    session.present.set(member.confid, row);
    session.row.participants += 1;
    session.row.peakMembers = Math.max(session.row.peakMembers, session.present.size);
    this.sink.participant(row);
    this.sink.session(session.row);
  }

  private leave(session: OpenSession, confid: string, time: number): void {
    const row = session.present.get(confid);
    if (row === undefined) return;
    endTalk(row, time);
    row.leftAt = time;
    session.present.delete(confid);
    this.sink.participant(row);
  }

  private talk(session: OpenSession, confid: string, time: number): void {
    const row = session.present.get(confid);
    if (row === undefined || row.talkingSince !== null) return;
    row.talkingSince = time;
    this.sink.participant(row);
  }

  private stopTalking(session: OpenSession, confid: string, time: number): void {
    const row = session.present.get(confid);
    if (row === undefined || row.talkingSince === null) return;
    endTalk(row, time);
    this.sink.participant(row);
  }

  private record(session: OpenSession, entry: JournalEntry, file: string): void {
    const row = {
      session: session.row.session,
      startSeq: entry.seq,
      file,
      startedAt: entry.time,
      stoppedAt: null,
    };
    this.stopRecordings(session, entry.time, file);
    session.running.set(file, row);
    session.row.recordings += 1;
    this.sink.recording(row);
    this.sink.session(session.row);
  }

  /** Stops the recording into `file`, or every running one when the stop names no file. */
  private stopRecordings(session: OpenSession, time: number, file?: string): void {
    for (const row of [...session.running.values()]) {
      if (file !== undefined && row.file !== file) continue;
      row.stoppedAt = time;
      session.running.delete(row.file);
      this.sink.recording(row);
    }
  }

  private end(session: OpenSession, time: number): void {
    for (const confid of [...session.present.keys()]) this.leave(session, confid, time);
    this.stopRecordings(session, time);
    session.row.endedAt = time;
    this.open.delete(session.row.conference);
    this.sink.session(session.row);
  }
}
