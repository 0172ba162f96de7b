import { CONTEXTS } from '@fscon/contracts';
import { evolve } from '../evolve/evolve';
import type { LiveEvent } from '../model/live-event';
import type { LiveState } from '../model/live-state';
import { unhandled } from '../model/unhandled';
import { visibleConferences } from './client-conference';
import type { LiveDelta } from './client-messages';
import { conferenceMessages, toConferenceDeltas } from './conference-deltas';
import type { ConferenceLookup } from './conference-lookup';
import { registrationDeltas } from './registration-deltas';

export interface LiveProjection {
  state: LiveState;
  deltas: LiveDelta[];
}

/**
 * The state after the event and the messages it means for each context. A rebuilt conference list
 * gives one newLiveState per context, each with the conferences that context may see.
 */
export function projectLiveEvent(
  before: LiveState,
  event: LiveEvent,
  lookup: ConferenceLookup,
): LiveProjection {
  const state = evolve(before, event);
  return { state, deltas: deltasOf(before, state, event, lookup) };
}

function deltasOf(
  before: LiveState,
  after: LiveState,
  event: LiveEvent,
  lookup: ConferenceLookup,
): LiveDelta[] {
  switch (event.type) {
    case 'ModeratorKeyPressed':
      return [];
    case 'RegistrationAdded':
    case 'RegistrationRemoved':
    case 'RegistrationsRebuilt':
      return registrationDeltas(before, after);
    case 'ConferencesRebuilt':
      return CONTEXTS.map((context) => ({
        audience: [context],
        message: { event: 'newLiveState', data: visibleConferences(after, context, lookup) },
      }));
    case 'ConferenceCreated':
    case 'MemberJoined':
    case 'MemberLeft':
    case 'FloorChanged':
    case 'MemberMuted':
    case 'MemberUnmuted':
    case 'MemberTalking':
    case 'MemberStoppedTalking':
    case 'MemberDeafened':
    case 'MemberUndeafened':
    case 'MemberVolumeChanged':
    case 'MemberEnergyChanged':
    case 'AllMuted':
    case 'ConferenceLocked':
    case 'ConferenceUnlocked':
    case 'RecordingStarted':
    case 'RecordingPaused':
    case 'RecordingResumed':
    case 'RecordingStopped':
    case 'ConferenceEnded': {
      const name = event.data.conference;
      const messages = conferenceMessages(
        before.conferences.get(name),
        after.conferences.get(name),
        event,
        lookup,
      );
      return toConferenceDeltas(messages, lookup, name);
    }
    default:
      return unhandled(event, []);
  }
}

/** projectLiveEvent over events in turn: the final state and every delta in order. */
export function projectLiveEvents(
  before: LiveState,
  events: Iterable<LiveEvent>,
  lookup: ConferenceLookup,
): LiveProjection {
  let state = before;
  const deltas: LiveDelta[] = [];
  for (const event of events) {
    const projection = projectLiveEvent(state, event, lookup);
    state = projection.state;
    deltas.push(...projection.deltas);
  }
  return { state, deltas };
}
