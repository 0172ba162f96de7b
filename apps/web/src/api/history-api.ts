import type { AuditPage, HistoryPage, HistorySessionResponse } from '@fscon/contracts';
import { getJson, segment } from './http';
import { querySearch, type AuditQuery, type SessionQuery } from './history-query';

/** Whose conference history a context reads: the team's, or the friends' share of it. */
export type HistorySource = 'team' | 'friends';

const SESSIONS: Record<HistorySource, string> = {
  team: '/api/history/conferences',
  friends: '/fr/history/conferences',
};
const AUDIT = '/api/audit';

export const sessionsCsvUrl = (source: HistorySource, query: SessionQuery) =>
  `${SESSIONS[source]}${querySearch(query, 'csv')}`;
export const sessionCsvUrl = (source: HistorySource, session: string) =>
  `${SESSIONS[source]}/${segment(session)}?format=csv`;
export const auditCsvUrl = (query: AuditQuery) => `${AUDIT}${querySearch(query, 'csv')}`;

export const listSessions = (source: HistorySource, query: SessionQuery) =>
  getJson<HistoryPage>(`${SESSIONS[source]}${querySearch(query)}`);

export const loadSession = (source: HistorySource, session: string) =>
  getJson<HistorySessionResponse>(`${SESSIONS[source]}/${segment(session)}`);

export const listAudit = (query: AuditQuery) => getJson<AuditPage>(`${AUDIT}${querySearch(query)}`);
