import type { AuditEntry, ConferenceSession, ConferenceSessionDetail } from '@fscon/contracts';
import { toCsv } from './csv';

const json = (value: unknown) => (value === null ? null : JSON.stringify(value));

/** The conference sessions of a list, one per row. */
export function sessionsCsv(sessions: Iterable<ConferenceSession>): string {
  return toCsv<ConferenceSession>(
    [
      ['session', (s) => s.session],
      ['conference', (s) => s.conference],
      ['num', (s) => s.num],
      ['context', (s) => s.context],
      ['startedAt', (s) => s.startedAt],
      ['endedAt', (s) => s.endedAt],
      ['durationSeconds', (s) => s.durationSeconds],
      ['peakMembers', (s) => s.peakMembers],
      ['participants', (s) => s.participants],
      ['recordings', (s) => s.recordings],
    ],
    sessions,
  );
}

/** A session's timeline, one row per item, each with the session's id and conference. */
export function timelineCsv(detail: ConferenceSessionDetail): string {
  return toCsv(
    [
      ['session', () => detail.session],
      ['conference', () => detail.conference],
      ['seq', (item) => item.seq],
      ['at', (item) => item.at],
      ['kind', (item) => item.kind],
      ['text', (item) => item.text],
    ],
    detail.timeline,
  );
}

/** A session's members, one row per join, each with the session's id and conference. */
export function membersCsv(detail: ConferenceSessionDetail): string {
  return toCsv(
    [
      ['session', () => detail.session],
      ['conference', () => detail.conference],
      ['name', (member) => member.name],
      ['number', (member) => member.number],
      ['user', (member) => member.user],
      ['joinedAt', (member) => member.joinedAt],
      ['leftAt', (member) => member.leftAt],
      ['durationSeconds', (member) => member.durationSeconds],
      ['talkSeconds', (member) => member.talkSeconds],
    ],
    detail.members,
  );
}

/** Audit entries, one per row; the objects before and after as JSON. */
export function auditCsv(entries: Iterable<AuditEntry>): string {
  return toCsv<AuditEntry>(
    [
      ['seq', (e) => e.seq],
      ['at', (e) => e.at],
      ['actor', (e) => e.actor],
      ['kind', (e) => e.kind],
      ['subject', (e) => e.subject],
      ['error', (e) => e.error],
      ['before', (e) => json(e.before)],
      ['after', (e) => json(e.after)],
    ],
    entries,
  );
}
