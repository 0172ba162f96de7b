import type { HistoryErrorCode, AuditErrorCode } from '@fscon/contracts';
import { DomainError } from '../../common/domain-error';

/** The query string as Express parses it: a repeated name gives an array, `a[b]=c` an object. */
export type RawQuery = Readonly<Record<string, unknown>>;

export type ExportFormat = 'json' | 'csv';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const PAGE = /^[1-9]\d{0,5}$/;
const MAX_TEXT = 100;

/** Reads the query values of one route; every bad value is a 400 with the route's code. */
export class QueryReader {
  constructor(
    private readonly query: RawQuery,
    private readonly code: HistoryErrorCode | AuditErrorCode,
  ) {}

  /** A plain text value, or undefined when absent. */
  text(name: string, pattern?: RegExp): string | undefined {
    const value = this.query[name];
    if (value === undefined) return undefined;
    if (
      typeof value !== 'string' ||
      value === '' ||
      value.length > MAX_TEXT ||
      !(pattern?.test(value) ?? true)
    ) {
      throw this.bad(name, value);
    }
    return value;
  }

  /**
   * A time as milliseconds: an ISO 8601 date-time with its offset, or a date, which means the start of
   * that day (UTC) for `from` and its end for `to`.
   */
  time(name: 'from' | 'to'): number | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    const time = Date.parse(DATE.test(value) ? `${value}T00:00:00Z` : value);
    const valid = DATE.test(value) ? new Date(time).toISOString().startsWith(value) : DATE_TIME.test(value);
    if (!valid || Number.isNaN(time)) throw this.bad(name, value);
    return DATE.test(value) && name === 'to' ? time + 86_400_000 - 1 : time;
  }

  /** `from` and `to`, `from` not after `to`. */
  range(): { from?: number; to?: number } {
    const from = this.time('from');
    const to = this.time('to');
    if (from !== undefined && to !== undefined && from > to) {
      throw new DomainError(this.code, 'from must not be after to');
    }
    return { from, to };
  }

  /** The page number, 1 when absent. */
  page(): number {
    return Number(this.text('page', PAGE) ?? 1);
  }

  format(): ExportFormat {
    const format = this.text('format', /^(json|csv)$/);
    return format === 'csv' ? 'csv' : 'json';
  }

  private bad(name: string, value: unknown): DomainError {
    const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, MAX_TEXT)) : 'a list or object';
    return new DomainError(this.code, `bad query value ${name}=${shown}`);
  }
}
