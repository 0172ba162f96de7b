/**
 * Deltas are numbered after the journal entry they come from: the deltas of entry n get n × 1000,
 * n × 1000 + 1, … (an entry that yields none leaves a gap). A delta that comes from no entry (newXML, a
 * newLiveState after the xmlState changed what a context sees) takes the number after the last delta.
 * So the seq a client holds names a place in the journal (entry ⌊seq / 1000⌋), and numbers only grow.
 * Should one entry yield more than 1000 deltas, the rest go on counting up and the next entry starts
 * above them.
 */
export const DELTAS_PER_ENTRY = 1000;

/** The seq of the first delta of the journal entry `entrySeq`. */
export function firstDeltaSeq(entrySeq: number): number {
  return entrySeq * DELTAS_PER_ENTRY;
}
