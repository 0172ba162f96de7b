import type { CommitOutcome } from './config-writer';

/** How one element of a write request ended: what it became, or why it failed. */
export type ElementOutcome<TRequest, TDone> =
  { request: TRequest; done: TDone } | { request: TRequest; error: string };

export interface WriteResponse<TDone, TKey extends string, TRequest> {
  op: string;
  done: TDone[];
  failed: ({ error: string } & Record<TKey, TRequest>)[];
}

/**
 * The answer of a write route. When FreeSWITCH refused the new configuration, nothing changed, so
 * every element that would have succeeded fails with FreeSWITCH's message.
 */
export function writeResponse<TRequest, TDone, TKey extends string>(
  op: string,
  key: TKey,
  outcomes: readonly ElementOutcome<TRequest, TDone>[],
  commit: CommitOutcome,
): WriteResponse<TDone, TKey, TRequest> {
  const done: TDone[] = [];
  const failed: ({ error: string } & Record<TKey, TRequest>)[] = [];
  for (const outcome of outcomes) {
    const error = 'error' in outcome ? outcome.error : commit.accepted ? undefined : commit.error;
    if (error === undefined && 'done' in outcome) done.push(outcome.done);
    else failed.push({ error: error!, [key]: outcome.request } as { error: string } & Record<TKey, TRequest>);
  }
  return { op, done, failed };
}
