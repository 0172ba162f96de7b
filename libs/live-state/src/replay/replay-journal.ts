import type { Context } from '@fscon/contracts';
import type { LiveJournalEvent } from '../model/live-journal-event';
import type { LiveClientMessage } from '../project/client-messages';
import { entryOfDelta, numberDeltas } from './delta-seq';
import { EMPTY_LIVE_VIEW, evolveLiveView, projectLiveView, type LiveView } from './live-view';

/** A live event and the number of its journal entry. */
export interface JournaledLiveEvent {
  seq: number;
  event: LiveJournalEvent;
}

/**
 * A stretch of the journal read without holes: every live event of the entries after `after`, in
 * seq order (entries that are no live event, such as the Event Socket's connection, left out).
 */
export interface JournalStretch {
  after: number;
  events: readonly JournaledLiveEvent[];
}

/** A delta as one context was sent it. */
export interface SentDelta {
  seq: number;
  message: LiveClientMessage;
}

const PARTS = ['conferences', 'registrations', 'lookup'] as const;
type Part = (typeof PARTS)[number];

/** The parts of the view an event's deltas are computed from. */
function reads(event: LiveJournalEvent): readonly Part[] {
  switch (event.type) {
    case 'ModeratorKeyPressed':
      return [];
    case 'RegistrationAdded':
    case 'RegistrationRemoved':
    case 'RegistrationsRebuilt':
      return ['registrations'];
    case 'ConferencesRebuilt':
      return ['lookup'];
    default:
      return ['conferences', 'lookup'];
  }
}

/** The part of the view an event replaces whole, whatever it was before. */
function replaces(event: LiveJournalEvent): Part | undefined {
  if (event.type === 'ConferencesRebuilt') return 'conferences';
  if (event.type === 'RegistrationsRebuilt') return 'registrations';
  return event.type === 'XmlStateRebuilt' ? 'lookup' : undefined;
}

/**
 * The live view at the end of the stretch: the newest conference, registration and xmlState rebuilds in
 * it and what followed them. A part the stretch holds no rebuild of starts empty.
 */
export function restoreLiveView(events: readonly JournaledLiveEvent[]): LiveView {
  return events.reduce((view, { event }) => evolveLiveView(view, event), EMPTY_LIVE_VIEW);
}

/**
 * The deltas with a seq above `since` that a client of the context was sent, recomputed from the
 * journal: the view is rebuilt from the stretch's rebuilds and projected entry by entry from the one
 * `since` names. Undefined when the stretch cannot tell: it does not reach back to that entry, or a
 * delta to recompute depends on a part of the view (conferences, registrations, visibility) whose
 * rebuild lies before the stretch. A stretch from the journal's first entry on knows every part: the
 * projection that wrote that entry started empty.
 */
export function missedDeltas(
  stretch: JournalStretch,
  since: number,
  context: Context,
): SentDelta[] | undefined {
  const from = entryOfDelta(since);
  if (from <= stretch.after) return undefined;
  const known = new Set<Part>(stretch.after === 0 ? PARTS : []);
  let view = EMPTY_LIVE_VIEW;
  const sent: SentDelta[] = [];
  for (const { seq, event } of stretch.events) {
    if (seq < from) {
      view = evolveLiveView(view, event);
    } else {
      if (!reads(event).every((part) => known.has(part))) return undefined;
      const projection = projectLiveView(view, event);
      view = projection.view;
      for (const delta of numberDeltas(seq, projection.deltas)) {
        const message = delta.messages[context];
        if (delta.seq > since && message !== undefined) sent.push({ seq: delta.seq, message });
      }
    }
    const part = replaces(event);
    if (part !== undefined) known.add(part);
  }
  return sent;
}
