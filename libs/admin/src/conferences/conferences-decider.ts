import { decideEach, type Decider } from '../decider';
import type { ConferenceCommand } from './conference-commands';
import type { ConferenceEvent } from './conference-events';
import { decideAddConference, decideDeleteConference, decideModifyConference } from './decide-conferences';
import { withConference, withoutConference, type DialplanState } from './dialplan-state';

export function decideConferences(command: ConferenceCommand, state: DialplanState): ConferenceEvent[] {
  switch (command.type) {
    case 'AddConferences':
      return decideEach(command.data.conferences, state, decideAddConference, evolveDialplan);
    case 'ModifyConferences':
      return decideEach(command.data.conferences, state, decideModifyConference, evolveDialplan);
    case 'DeleteConferences':
      return decideEach(command.data.conferences, state, decideDeleteConference, evolveDialplan);
    default: {
      const unknown: never = command;
      throw new Error(`unknown conference command ${JSON.stringify(unknown)}`);
    }
  }
}

export function evolveDialplan(state: DialplanState, event: ConferenceEvent): DialplanState {
  switch (event.type) {
    case 'ConferenceAdded':
      return withConference(state, event.data.conference);
    case 'ConferenceChanged':
      return withConference(withoutConference(state, event.data.before), event.data.conference);
    case 'ConferenceDeleted':
      return withoutConference(state, event.data.conference);
    case 'ConferenceRefused':
      return state;
    default: {
      const unknown: never = event;
      throw new Error(`unknown conference event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The dialplan's decider: conference extensions added, changed and deleted. */
export const conferencesDecider: Decider<ConferenceCommand, ConferenceEvent, DialplanState> = {
  decide: decideConferences,
  evolve: evolveDialplan,
};
