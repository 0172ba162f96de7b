import type {
  AuditEntry,
  ConferenceSession,
  SessionParticipant,
  SessionRecording,
  TimelineItem,
} from '@fscon/contracts';
import type { AuditRow, ParticipantRow, RecordingRow, SessionRow, TimelineRow } from './history-rows';

const iso = (time: number) => new Date(time).toISOString();
const isoOrNull = (time: number | null) => (time === null ? null : iso(time));
const seconds = (from: number, to: number | null) => (to === null ? null : Math.floor((to - from) / 1000));

export function conferenceSession(row: SessionRow): ConferenceSession {
  return {
    session: row.session,
    conference: row.conference,
    num: row.num,
    context: row.context,
    startedAt: iso(row.startedAt),
    endedAt: isoOrNull(row.endedAt),
    durationSeconds: seconds(row.startedAt, row.endedAt),
    peakMembers: row.peakMembers,
    participants: row.participants,
    recordings: row.recordings,
  };
}

export function sessionParticipant(row: ParticipantRow): SessionParticipant {
  return {
    name: row.name,
    number: row.number,
    user: row.user,
    joinedAt: iso(row.joinedAt),
    leftAt: isoOrNull(row.leftAt),
    durationSeconds: seconds(row.joinedAt, row.leftAt),
    talkSeconds: Math.round(row.talkMs / 100) / 10,
  };
}

export function sessionRecording(row: RecordingRow): SessionRecording {
  return { file: row.file, startedAt: iso(row.startedAt), stoppedAt: isoOrNull(row.stoppedAt) };
}

export function timelineItem(row: TimelineRow): TimelineItem {
  return { seq: row.seq, at: iso(row.at), kind: row.kind, text: row.text };
}

export function auditEntry(row: AuditRow): AuditEntry {
  return { ...row, at: iso(row.at) };
}
