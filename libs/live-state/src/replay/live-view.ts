import { CONTEXTS } from '@fscon/contracts';
import { evolve } from '../evolve/evolve';
import type { LiveJournalEvent } from '../model/live-journal-event';
import { EMPTY_LIVE_STATE, type LiveState } from '../model/live-state';
import { visibleConferences } from '../project/client-conference';
import type { LiveDelta } from '../project/client-messages';
import { conferenceLookup, EVERYBODY, type ConferenceLookup } from '../project/conference-lookup';
import { projectLiveEvent } from '../project/project-live-event';

/** What the live projection holds: the live state and who may see which conference. */
export interface LiveView {
  state: LiveState;
  lookup: ConferenceLookup;
}

export const EMPTY_LIVE_VIEW: LiveView = { state: EMPTY_LIVE_STATE, lookup: () => undefined };

/** The view after the event, without its deltas. */
export function evolveLiveView(view: LiveView, event: LiveJournalEvent): LiveView {
  if (event.type === 'XmlStateRebuilt') return { ...view, lookup: conferenceLookup(event.data.conferences) };
  return { ...view, state: evolve(view.state, event) };
}

/**
 * The view after the event and the messages it means for each context. An xmlState rebuild tells
 * everybody `newXML`, then sends newLiveState to each context whose visible conferences it changed.
 */
export function projectLiveView(
  view: LiveView,
  event: LiveJournalEvent,
): { view: LiveView; deltas: LiveDelta[] } {
  if (event.type !== 'XmlStateRebuilt') {
    const { state, deltas } = projectLiveEvent(view.state, event, view.lookup);
    return { view: { ...view, state }, deltas };
  }
  const after = evolveLiveView(view, event);
  const newXML: LiveDelta = { audience: EVERYBODY, message: { event: 'newXML' } };
  return { view: after, deltas: [newXML, ...visibilityChanges(view.state, view.lookup, after.lookup)] };
}

function visibilityChanges(state: LiveState, before: ConferenceLookup, after: ConferenceLookup): LiveDelta[] {
  return CONTEXTS.flatMap((context): LiveDelta[] => {
    const now = visibleConferences(state, context, after);
    const unchanged = JSON.stringify(visibleConferences(state, context, before)) === JSON.stringify(now);
    return unchanged ? [] : [{ audience: [context], message: { event: 'newLiveState', data: now } }];
  });
}
