import type { LiveConference, LiveDelta, LiveReply } from '@fscon/contracts';
import { applyDelta } from './apply-delta';
import { byName, byRegid, EMPTY_LIVE_VIEW, type LiveView } from './live-view';

/**
 * The view after one message of the server. Pure and total. The server numbers its deltas once for all
 * contexts, so a client sees gaps (deltas of conferences it may not see) but never a delta twice or out
 * of order on one connection: a delta whose `seq` is not above the last one applied is a duplicate or
 * outdated (a replay after a reconnect) and is dropped. Deltas that arrive before the first `init` reply
 * wait in `pending` until it comes. Nothing about unknown conferences or members throws.
 */
export function receive(view: LiveView, message: LiveDelta | LiveReply): LiveView {
  if (message.event === 'reply') {
    if (message.reply === 'initreg') return { ...view, registrations: byRegid(message.data) };
    return applySnapshot(view, message.data, message.seq, message.epoch);
  }
  return receiveDelta(view, message);
}

/**
 * After (re)connecting, before the `init` request: the view keeps showing what it had while it waits, and
 * keeps its `lastSeq`, so that `{"req":"init","since":lastSeq}` continues from there.
 */
export function awaitSnapshot(view: LiveView): LiveView {
  return { ...view, synced: false, pending: [] };
}

/**
 * The `init` request that fits the view: a resume when it knows where it stopped, with the epoch of that
 * place, so that a server on another journal answers with a snapshot.
 */
export function initRequest(view: LiveView): { req: 'init'; since?: number; epoch?: string } {
  if (view.lastSeq === undefined) return { req: 'init' };
  return view.epoch === undefined
    ? { req: 'init', since: view.lastSeq }
    : { req: 'init', since: view.lastSeq, epoch: view.epoch };
}

export { EMPTY_LIVE_VIEW };

function applySnapshot(
  view: LiveView,
  data: LiveConference[],
  seq: number | undefined,
  epoch: string | undefined,
): LiveView {
  const snapshot: LiveView = {
    ...view,
    conferences: byName(data),
    synced: true,
    lastSeq: seq,
    epoch,
    pending: [],
  };
  // Without a seq the snapshot's place is unknown: what waited is applied again, which changes nothing
  // the snapshot already holds, since every delta is idempotent.
  return view.pending.reduce(receiveDelta, snapshot);
}

function receiveDelta(view: LiveView, delta: LiveDelta): LiveView {
  const { seq } = delta;
  if (seq !== undefined && view.lastSeq !== undefined && seq <= view.lastSeq) return view;
  if (!view.synced && view.lastSeq === undefined) return hold(view, delta);
  const applied = applyDelta(view, delta);
  return seq === undefined ? applied : { ...applied, lastSeq: seq, synced: true };
}

function hold(view: LiveView, delta: LiveDelta): LiveView {
  if (delta.seq !== undefined && view.pending.some((waiting) => waiting.seq === delta.seq)) return view;
  return { ...view, pending: [...view.pending, delta] };
}
