import type Database from 'better-sqlite3';
import type { Context } from '@fscon/contracts';
import type { JsonValue } from '@fscon/journal';
import type { AuditFilter, RowPage, RowWindow, SessionFilter } from '../history-query';
import type { AuditRow, ParticipantRow, RecordingRow, SessionRow, TimelineRow } from '../history-rows';
import type { StoredOpenSession } from '../sessions/open-session';

export interface SessionRows {
  readonly session: SessionRow;
  readonly participants: ParticipantRow[];
  readonly recordings: RecordingRow[];
  readonly timeline: TimelineRow[];
}

type Sql = { where: string; params: Record<string, unknown> };

const likeText = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function sessionWhere(filter: SessionFilter): Sql {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.to !== undefined) parts.push('started_at <= @to');
  if (filter.from !== undefined) parts.push('(ended_at IS NULL OR ended_at >= @from)');
  if (filter.name !== undefined)
    parts.push(
      "(conference LIKE @name ESCAPE '\\' OR num LIKE @name ESCAPE '\\'" +
        ' OR (context IS NULL AND conference IN (SELECT value FROM json_each(@numberedNow))))',
    );
  if (filter.conferences !== undefined)
    parts.push('conference IN (SELECT value FROM json_each(@conferences))');
  Object.assign(params, { from: filter.from, to: filter.to });
  if (filter.name !== undefined) {
    params.name = likeText(filter.name);
    params.numberedNow = JSON.stringify(filter.numberedNow ?? []);
  }
  if (filter.conferences !== undefined) params.conferences = JSON.stringify(filter.conferences);
  return { where: parts.length === 0 ? '' : `WHERE ${parts.join(' AND ')}`, params: defined(params) };
}

function auditWhere(filter: AuditFilter): Sql {
  const parts: string[] = [];
  if (filter.from !== undefined) parts.push('at >= @from');
  if (filter.to !== undefined) parts.push('at <= @to');
  if (filter.actor !== undefined) parts.push('actor = @actor');
  if (filter.kind !== undefined) parts.push('kind = @kind');
  return { where: parts.length === 0 ? '' : `WHERE ${parts.join(' AND ')}`, params: defined({ ...filter }) };
}

const defined = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined));

const limitOf = (window: RowWindow) => `LIMIT ${window.limit ?? -1} OFFSET ${window.offset}`;

interface SessionRecord {
  session: string;
  conference: string;
  num: string;
  context: Context | null;
  started_at: number;
  ended_at: number | null;
  peak_members: number;
  participants: number;
  recordings: number;
}

const sessionRow = (r: SessionRecord): SessionRow => ({
  session: r.session,
  conference: r.conference,
  num: r.num,
  context: r.context,
  startedAt: r.started_at,
  endedAt: r.ended_at,
  peakMembers: r.peak_members,
  participants: r.participants,
  recordings: r.recordings,
});

const parseJson = (text: string | null): JsonValue =>
  text === null ? null : (JSON.parse(text) as JsonValue);

const PARTICIPANTS =
  'SELECT session, join_seq AS joinSeq, confid, name, number, user, joined_at AS joinedAt, left_at AS leftAt, talk_ms AS talkMs, talking_since AS talkingSince FROM history_participants';
const RECORDINGS =
  'SELECT session, start_seq AS startSeq, file, started_at AS startedAt, stopped_at AS stoppedAt FROM history_recordings';

/** The queries of the history and audit answers. */
export class HistoryReads {
  constructor(private readonly db: Database.Database) {}

  sessions(filter: SessionFilter, window: RowWindow): RowPage<SessionRow> {
    const { where, params } = sessionWhere(filter);
    const total = this.db
      .prepare(`SELECT count(*) FROM history_sessions ${where}`)
      .pluck()
      .get(params) as number;
    const rows = this.db
      .prepare(
        `SELECT * FROM history_sessions ${where} ORDER BY started_at DESC, opened_seq DESC, session DESC ${limitOf(window)}`,
      )
      .all(params) as SessionRecord[];
    return { total, rows: rows.map(sessionRow) };
  }

  session(id: string): SessionRows | undefined {
    const record = this.db.prepare('SELECT * FROM history_sessions WHERE session = ?').get(id) as
      SessionRecord | undefined;
    if (record === undefined) return undefined;
    const participants = this.db
      .prepare(`${PARTICIPANTS} WHERE session = ? ORDER BY join_seq, CAST(confid AS INTEGER)`)
      .all(id) as ParticipantRow[];
    const recordings = this.db
      .prepare(`${RECORDINGS} WHERE session = ? ORDER BY start_seq`)
      .all(id) as RecordingRow[];
    const timeline = this.db
      .prepare('SELECT session, seq, at, kind, text FROM history_timeline WHERE session = ? ORDER BY seq')
      .all(id) as TimelineRow[];
    return { session: sessionRow(record), participants, recordings, timeline };
  }

  /** The sessions that have not ended, with the members still in them and the recordings still running. */
  openSessions(): StoredOpenSession[] {
    const open = this.db
      .prepare('SELECT * FROM history_sessions WHERE ended_at IS NULL ORDER BY opened_seq, session')
      .all() as SessionRecord[];
    return open.map((record) => {
      const row = sessionRow(record);
      const present = this.db
        .prepare(
          `${PARTICIPANTS} WHERE session = ? AND left_at IS NULL ORDER BY join_seq, CAST(confid AS INTEGER)`,
        )
        .all(record.session) as ParticipantRow[];
      const running = this.db
        .prepare(`${RECORDINGS} WHERE session = ? AND stopped_at IS NULL ORDER BY start_seq`)
        .all(record.session) as RecordingRow[];
      return { row, present, running };
    });
  }

  audit(filter: AuditFilter, window: RowWindow): RowPage<AuditRow> {
    const { where, params } = auditWhere(filter);
    const total = this.db
      .prepare(`SELECT count(*) FROM audit_entries ${where}`)
      .pluck()
      .get(params) as number;
    const rows = this.db
      .prepare(`SELECT * FROM audit_entries ${where} ORDER BY seq DESC ${limitOf(window)}`)
      .all(params) as (Omit<AuditRow, 'before' | 'after'> & {
      before: string | null;
      after: string | null;
    })[];
    return {
      total,
      rows: rows.map((r) => ({ ...r, before: parseJson(r.before), after: parseJson(r.after) })),
    };
  }
}
