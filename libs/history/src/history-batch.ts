import type {
  AuditRow,
  HistorySink,
  ParticipantRow,
  RecordingRow,
  SessionRow,
  TimelineRow,
} from './history-rows';

/**
 * The rows of one batch of entries, the newest version of each: a session touched by a thousand
 * entries is written once. Rows are kept by reference, so what is written is their state at the end.
 */
export class HistoryBatch implements HistorySink {
  readonly sessions = new Map<string, SessionRow>();
  readonly participants = new Map<string, ParticipantRow>();
  readonly recordings = new Map<string, RecordingRow>();
  readonly timelineRows: TimelineRow[] = [];
  readonly auditRows: AuditRow[] = [];

  clear(): void {
    this.sessions.clear();
    this.participants.clear();
    this.recordings.clear();
    this.timelineRows.length = 0;
    this.auditRows.length = 0;
  }

  session(row: SessionRow): void {
    this.sessions.set(row.session, row);
  }

  participant(row: ParticipantRow): void {
    this.participants.set(`${row.session}:${row.joinSeq}:${row.confid}`, row);
  }

  recording(row: RecordingRow): void {
    this.recordings.set(`${row.session}:${row.startSeq}`, row);
  }

  timeline(row: TimelineRow): void {
    this.timelineRows.push(row);
  }

  audit(row: AuditRow): void {
    this.auditRows.push(row);
  }
}
