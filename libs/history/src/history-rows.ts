import type { Context } from '@fscon/contracts';
import type { JsonValue } from '@fscon/journal';

/** Times are milliseconds since the Unix epoch, as in the journal. */
export interface SessionRow {
  /** The seq of the journal entry that opened the session, as text, `.<n>` added for its n-th session. */
  readonly session: string;
  readonly conference: string;
  num: string;
  context: Context | null;
  readonly startedAt: number;
  endedAt: number | null;
  peakMembers: number;
  participants: number;
  recordings: number;
}

export interface ParticipantRow {
  readonly session: string;
  /** The seq of the entry that told of the join; with `session` the row's key. */
  readonly joinSeq: number;
  /** FreeSWITCH's member id, which the leave names. */
  readonly confid: string;
  readonly name: string;
  readonly number: string;
  readonly user: string | null;
  readonly joinedAt: number;
  leftAt: number | null;
  /** Milliseconds talked in the spans that ended (talking to stoptalking, mute, leave or the end). */
  talkMs: number;
  /** When the span the member is talking in began; null while it is not talking. */
  talkingSince: number | null;
}

export interface RecordingRow {
  readonly session: string;
  readonly startSeq: number;
  readonly file: string;
  readonly startedAt: number;
  stoppedAt: number | null;
}

export interface TimelineRow {
  readonly session: string;
  readonly seq: number;
  readonly at: number;
  readonly kind: string;
  readonly text: string;
}

export interface AuditRow {
  readonly seq: number;
  readonly at: number;
  readonly actor: string;
  readonly kind: string;
  readonly subject: string;
  readonly before: JsonValue;
  readonly after: JsonValue;
  readonly error: string | null;
}

/**
 * Where the projector writes. A row handed over again (same key) replaces the earlier one; rows are
 * handed over as they are at that moment, so a sink that keeps them must copy or write them at once.
 */
export interface HistorySink {
  session(row: SessionRow): void;
  participant(row: ParticipantRow): void;
  recording(row: RecordingRow): void;
  timeline(row: TimelineRow): void;
  audit(row: AuditRow): void;
}
