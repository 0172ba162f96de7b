import type { LiveConference, LiveDelta, LiveReply } from '@fscon/contracts';
import { applyDelta } from './apply-delta';
import { byName, byRegid, EMPTY_LIVE_VIEW, type LiveView } from './live-view';

/** More deltas than this waiting behind a gap: ask for a snapshot instead. */
export const MAX_PENDING = 200;

/**
 * The view after one message of the server. Pure and total: duplicates (a `seq` already applied) are
 * dropped, deltas that arrive before the `init` reply or after a gap wait in `pending` until they fit,
 * and nothing about unknown conferences or members throws.
 */
export function receive(view: LiveView, message: LiveDelta | LiveReply): LiveView {
  if (message.event === 'reply') {
    if (message.reply === 'initreg') return { ...view, registrations: byRegid(message.data) };
    return applySnapshot(view, message.data, message.seq);
  }
  return receiveDelta(view, message);
}

/**
 * After (re)connecting, before the `init` request: the view keeps showing what it had while it waits, and
 * keeps its `lastSeq` so that `{"req":"init","since":lastSeq}` can resume.
 */
export function awaitSnapshot(view: LiveView, resume: boolean): LiveView {
  const lastSeq = resume ? view.lastSeq : undefined;
  return { ...view, synced: false, pending: [], needsSnapshot: false, lastSeq };
}

/** The `init` request that fits the view: a resume when it knows where it stopped. */
export function initRequest(view: LiveView): { req: 'init'; since?: number } {
  return view.lastSeq === undefined ? { req: 'init' } : { req: 'init', since: view.lastSeq };
}

/** True while deltas wait behind a gap in the sequence (not for the first snapshot). */
export function hasGap(view: LiveView): boolean {
  return view.lastSeq !== undefined && view.pending.length > 0;
}

export { EMPTY_LIVE_VIEW };

function applySnapshot(view: LiveView, data: LiveConference[], seq: number | undefined): LiveView {
  const snapshot: LiveView = {
    ...view,
    conferences: byName(data),
    synced: true,
    needsSnapshot: false,
    lastSeq: seq,
    pending: [],
  };
  // Without a seq the snapshot's place is unknown: what waited is applied again, which changes nothing
  // the snapshot already holds, since every delta is idempotent.
  const waiting = view.pending.filter(
    (delta) => seq === undefined || delta.seq === undefined || delta.seq > seq,
  );
  return waiting.reduce(receiveDelta, snapshot);
}

function receiveDelta(view: LiveView, delta: LiveDelta): LiveView {
  const { seq } = delta;
  if (seq === undefined) return view.synced ? applyDelta(view, delta) : hold(view, delta);
  if (view.lastSeq === undefined) {
    return view.synced ? drain(applyDelta({ ...view, lastSeq: seq }, delta)) : hold(view, delta);
  }
  if (seq <= view.lastSeq) return view;
  if (seq === view.lastSeq + 1) return drain({ ...applyDelta(view, delta), lastSeq: seq, synced: true });
  return hold(view, delta);
}

function hold(view: LiveView, delta: LiveDelta): LiveView {
  if (delta.seq !== undefined && view.pending.some((waiting) => waiting.seq === delta.seq)) return view;
  const pending = [...view.pending, delta];
  return { ...view, pending, needsSnapshot: pending.length > MAX_PENDING };
}

/** Applies the waiting deltas that now follow `lastSeq`, in sequence order, and drops the outdated ones. */
function drain(view: LiveView): LiveView {
  const unnumbered = view.pending.filter((delta) => delta.seq === undefined);
  let current = unnumbered.reduce(applyDelta, {
    ...view,
    pending: view.pending.filter((d) => d.seq !== undefined),
  });
  for (;;) {
    const last = current.lastSeq!;
    const pending = current.pending.filter((delta) => delta.seq! > last);
    const next = pending.find((delta) => delta.seq === last + 1);
    if (next === undefined) return { ...current, pending, needsSnapshot: pending.length > MAX_PENDING };
    current = {
      ...applyDelta(current, next),
      lastSeq: last + 1,
      pending: pending.filter((delta) => delta !== next),
    };
  }
}
