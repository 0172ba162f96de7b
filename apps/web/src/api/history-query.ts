/** A day range as the page's date inputs give it: `YYYY-MM-DD`, or empty for no bound. */
export interface DayRange {
  from: string;
  to: string;
}

export interface SessionQuery extends DayRange {
  name: string;
  page: number;
}

export interface AuditQuery extends DayRange {
  actor: string;
  kind: string;
  page: number;
}

/** The start of a local day as the ISO date-time the history routes take. */
export const startOfDay = (day: string) => new Date(`${day}T00:00:00`).toISOString();

/** The last millisecond of a local day, so `to` includes the whole day chosen. */
export const endOfDay = (day: string) => new Date(`${day}T23:59:59.999`).toISOString();

/**
 * The search part of a history or audit address: empty fields and the first page are left out, days
 * become the time range of the user's time zone. A CSV download takes every page of the query.
 */
export function querySearch(
  { from, to, page, ...filters }: SessionQuery | AuditQuery,
  format: 'json' | 'csv' = 'json',
): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value.trim() !== '') params.set(name, value.trim());
  }
  if (from !== '') params.set('from', startOfDay(from));
  if (to !== '') params.set('to', endOfDay(to));
  if (format === 'csv') params.set('format', 'csv');
  else if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}
