import type Database from 'better-sqlite3';
import type { HistoryBatch } from '../history-batch';

/** The seq of the entry that opened a session, from its id. */
const openedSeq = (session: string) => Number(session.split('.')[0]);

/** The statements that write a batch's rows, prepared once. */
export class HistoryWrites {
  private readonly session: Database.Statement;
  private readonly participant: Database.Statement;
  private readonly recording: Database.Statement;
  private readonly timeline: Database.Statement;
  private readonly audit: Database.Statement;

  constructor(db: Database.Database) {
    this.session = db.prepare(
      'INSERT OR REPLACE INTO history_sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.participant = db.prepare(
      'INSERT OR REPLACE INTO history_participants VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.recording = db.prepare('INSERT OR REPLACE INTO history_recordings VALUES (?, ?, ?, ?, ?)');
    this.timeline = db.prepare('INSERT OR REPLACE INTO history_timeline VALUES (?, ?, ?, ?, ?)');
    this.audit = db.prepare('INSERT OR REPLACE INTO audit_entries VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  }

  write(batch: HistoryBatch): void {
    for (const s of batch.sessions.values()) {
      this.session.run(
        s.session,
        openedSeq(s.session),
        s.conference,
        s.num,
        s.context,
        s.startedAt,
        s.endedAt,
        s.peakMembers,
        s.participants,
        s.recordings,
      );
    }
    for (const p of batch.participants.values()) {
      const { session, joinSeq, confid, name, number, user, joinedAt, leftAt, talkMs, talkingSince } = p;
      this.participant.run(
        session,
        joinSeq,
        confid,
        name,
        number,
        user,
        joinedAt,
        leftAt,
        talkMs,
        talkingSince,
      );
    }
    for (const r of batch.recordings.values()) {
      this.recording.run(r.session, r.startSeq, r.file, r.startedAt, r.stoppedAt);
    }
    for (const t of batch.timelineRows) this.timeline.run(t.session, t.seq, t.at, t.kind, t.text);
    for (const a of batch.auditRows) {
      const json = (value: unknown) => (value === null ? null : JSON.stringify(value));
      this.audit.run(a.seq, a.at, a.actor, a.kind, a.subject, json(a.before), json(a.after), a.error);
    }
  }
}
