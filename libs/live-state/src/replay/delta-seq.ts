import type { Context } from '@fscon/contracts';
import type { LiveClientMessage, LiveDelta } from '../project/client-messages';

/**
 * Deltas are numbered after the journal entry they come from: the deltas of entry n get n × 1000,
 * n × 1000 + 1, … in the order they are sent (an entry that yields none leaves a gap). Every delta
 * comes from an entry, so the seq a client holds names a place in the journal (entry ⌊seq / 1000⌋), and
 * numbers only grow. No entry yields more than 1000: the only one that could, a registration snapshot
 * that changes more than that, is journaled as several smaller ones (see registrationRebuildSteps).
 */
export const DELTAS_PER_ENTRY = 1000;

/** The seq of the first delta of the journal entry `entrySeq`. */
export function firstDeltaSeq(entrySeq: number): number {
  return entrySeq * DELTAS_PER_ENTRY;
}

/** The journal entry a delta's seq names. */
export function entryOfDelta(seq: number): number {
  return Math.floor(seq / DELTAS_PER_ENTRY);
}

/** One numbered delta: the message each context that sees it is sent. */
export interface NumberedDelta {
  seq: number;
  messages: Partial<Record<Context, LiveClientMessage>>;
}

/**
 * The deltas of one entry, numbered. Each delta is one number, except that newLiveState deltas for
 * different contexts in a row (those of one rebuild) share one.
 */
export function numberDeltas(entrySeq: number, deltas: readonly LiveDelta[]): NumberedDelta[] {
  const groups: NumberedDelta['messages'][] = [];
  let rebuild: NumberedDelta['messages'] | undefined;
  for (const { audience, message } of deltas) {
    const joinsRebuild =
      message.event === 'newLiveState' &&
      rebuild !== undefined &&
      audience.every((context) => rebuild![context] === undefined);
    const group: NumberedDelta['messages'] = joinsRebuild ? rebuild! : {};
    for (const context of audience) group[context] = message;
    if (!joinsRebuild) groups.push(group);
    rebuild = message.event === 'newLiveState' ? group : undefined;
  }
  if (groups.length > DELTAS_PER_ENTRY) {
    throw new RangeError(`entry ${entrySeq} yields ${groups.length} deltas, more than ${DELTAS_PER_ENTRY}`);
  }
  return groups.map((messages, i) => ({ seq: firstDeltaSeq(entrySeq) + i, messages }));
}
