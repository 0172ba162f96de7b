import type { AuditFilter, SessionFilter } from '@fscon/history';
import { QueryReader, type ExportFormat, type RawQuery } from './parse-query';

export interface ListQuery<F> {
  readonly filter: F;
  readonly page: number;
  readonly format: ExportFormat;
}

/** `?from&to&name&page&format` of the conference history lists. */
export function sessionListQuery(query: RawQuery): ListQuery<SessionFilter> {
  const read = new QueryReader(query, 'HISTORY.INVALID_QUERY');
  const name = read.text('name');
  return { filter: { ...read.range(), name }, page: read.page(), format: read.format() };
}

/** What a session's CSV lists: its timeline, or its members with their talk time. */
export type SessionRows = 'timeline' | 'members';

/** `?format&rows` of a session. */
export function sessionQuery(query: RawQuery): { format: ExportFormat; rows: SessionRows } {
  const read = new QueryReader(query, 'HISTORY.INVALID_QUERY');
  const rows = read.text('rows', /^(timeline|members)$/) === 'members' ? 'members' : 'timeline';
  return { format: read.format(), rows };
}

/** `?from&to&actor&kind&page&format` of the audit log. */
export function auditListQuery(query: RawQuery): ListQuery<AuditFilter> {
  const read = new QueryReader(query, 'AUDIT.INVALID_QUERY');
  const filter = {
    ...read.range(),
    actor: read.text('actor'),
    kind: read.text('kind', /^[a-z]+(\.[a-z]+)*$/),
  };
  return { filter, page: read.page(), format: read.format() };
}
