/** Which sessions a list shows; times in ms. A session is in the range when it ran during part of it. */
export interface SessionFilter {
  readonly from?: number;
  readonly to?: number;
  /** Part of the conference's name or number, any case. */
  readonly name?: string;
  /**
   * With `name`: the conferences whose number in the current configuration holds it, for the sessions
   * the journal gave no number (their answer takes the current one).
   */
  readonly numberedNow?: readonly string[];
  /** Only these conferences (FreeSWITCH names), when given. */
  readonly conferences?: readonly string[];
}

export interface AuditFilter {
  readonly from?: number;
  readonly to?: number;
  readonly actor?: string;
  readonly kind?: string;
}

/** A page of a list, newest first; `limit` undefined: every row from `offset` on. */
export interface RowWindow {
  readonly offset: number;
  readonly limit?: number;
}

export interface RowPage<T> {
  readonly total: number;
  readonly rows: T[];
}
