import type Database from 'better-sqlite3';
import type { Context } from '@fscon/contracts';
import type { JsonValue } from '@fscon/journal';
import type { AuditFilter, RowPage, RowWindow, SessionFilter } from '../history-query';
import type { AuditRow, ParticipantRow, RecordingRow, SessionRow, TimelineRow } from '../history-rows';

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
    parts.push("(conference LIKE @name ESCAPE '\\' OR num LIKE @name ESCAPE '\\')");
  if (filter.conferences !== undefined)
    parts.push('conference IN (SELECT value FROM json_each(@conferences))');
  Object.assign(params, { from: filter.from, to: filter.to });
  if (filter.name !== undefined) params.name = likeText(filter.name);
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
  session: number;
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
  session: String(r.session),
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
        `SELECT * FROM history_sessions ${where} ORDER BY started_at DESC, session DESC ${limitOf(window)}`,
      )
      .all(params) as SessionRecord[];
    return { total, rows: rows.map(sessionRow) };
  }

  session(id: string): SessionRows | undefined {
    if (!/^[1-9]\d{0,15}$/.test(id)) return undefined;
    const key = Number(id);
    const record = this.db.prepare('SELECT * FROM history_sessions WHERE session = ?').get(key) as
      SessionRecord | undefined;
    if (record === undefined) return undefined;
    const participants = this.db
      .prepare(
        'SELECT session, join_seq AS joinSeq, confid, name, number, user, joined_at AS joinedAt, left_at AS leftAt FROM history_participants WHERE session = ? ORDER BY join_seq',
      )
      .all(key) as ParticipantRow[];
    const recordings = this.db
      .prepare(
        'SELECT session, start_seq AS startSeq, file, started_at AS startedAt, stopped_at AS stoppedAt FROM history_recordings WHERE session = ? ORDER BY start_seq',
      )
      .all(key) as RecordingRow[];
    const timeline = this.db
      .prepare('SELECT session, seq, at, kind, text FROM history_timeline WHERE session = ? ORDER BY seq')
      .all(key) as TimelineRow[];
    const withId = <T extends { session: unknown }>(row: T) => ({ ...row, session: id });
    return {
      session: sessionRow(record),
      participants: participants.map(withId),
      recordings: recordings.map(withId),
      timeline: timeline.map(withId),
    };
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
