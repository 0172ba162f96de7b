import type { JournalEntryDraft, JournalSubject, JsonValue } from '@fscon/journal';

/** A write route's request as its handler carries it out; the events' `element` counts in `requests`. */
export interface AdminRequest<TRequest> {
  /** The route's op, e.g. `users/add`. */
  readonly op: string;
  /** The login name of the admin who asked. */
  readonly caller: string;
  readonly requests: readonly TRequest[];
}

/** An admin's write as the journal records it. */
export interface AdminWrite {
  /** The route's op, e.g. `users/add`. */
  readonly op: string;
  /** The login name of the admin who asked. */
  readonly caller: string;
  /** How many elements the write would have done, were FreeSWITCH to accept it. */
  readonly elements: number;
  /** The entries of what was done, once FreeSWITCH accepted it. */
  readonly entries: (time: number) => JournalEntryDraft[];
}

/** An entry caused by the admin `caller`. */
export function adminEntry(
  caller: string,
  time: number,
  kind: string,
  payload: JsonValue,
  subject?: JournalSubject,
): JournalEntryDraft {
  return { time, kind, source: { type: 'admin', user: caller }, ...(subject ? { subject } : {}), payload };
}

/** FreeSWITCH refused the new configuration, or the reload failed: nothing changed. */
export function writeRefusedEntry(write: AdminWrite, error: string, time: number): JournalEntryDraft {
  return adminEntry(write.caller, time, 'write.refused', { op: write.op, error, elements: write.elements });
}
