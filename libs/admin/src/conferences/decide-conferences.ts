import { isContext } from '@fscon/contracts';
import type {
  AddConferenceRequest,
  DeleteConferenceRequest,
  ModifyConferenceRequest,
} from './conference-requests';
import { CONFERENCE_ERRORS } from './conference-errors';
import type { ConferenceEvent } from './conference-events';
import {
  conferenceNameTaken,
  hasOwnConferenceFile,
  nextConferenceNum,
  typeImplemented,
  type DialplanState,
} from './dialplan-state';

const refused = (element: number, error: string): ConferenceEvent => ({
  type: 'ConferenceRefused',
  data: { element, error },
});

/**
 * A new conference extension with the lowest free number of its context's range. The name must be
 * unique, the type a conference profile the connector can write, the context one that exists.
 */
export function decideAddConference(
  { name, type, context }: AddConferenceRequest,
  element: number,
  state: DialplanState,
): ConferenceEvent {
  if (conferenceNameTaken(state, name)) return refused(element, CONFERENCE_ERRORS.nameTaken);
  if (!typeImplemented(state, type)) return refused(element, CONFERENCE_ERRORS.typeUnknown);
  if (!isContext(context)) return refused(element, CONFERENCE_ERRORS.noContext);
  const next = nextConferenceNum(state, context);
  if ('error' in next) return refused(element, next.error);
  return { type: 'ConferenceAdded', data: { element, conference: { num: next.num, name, type, context } } };
}

/** A changed conference extension: absent fields keep their values; a new context means a new number. */
export function decideModifyConference(
  request: ModifyConferenceRequest,
  element: number,
  state: DialplanState,
): ConferenceEvent {
  const before = state.conferences.get(request.num);
  if (!before) return refused(element, CONFERENCE_ERRORS.noConference(request.num));
  if (!hasOwnConferenceFile(state, before))
    return refused(element, CONFERENCE_ERRORS.notInOwnFile(before.num));
  const { name = before.name, type = before.type, context = before.context } = request;
  if (conferenceNameTaken(state, name, before.num)) return refused(element, CONFERENCE_ERRORS.nameTaken);
  if (!typeImplemented(state, type)) return refused(element, CONFERENCE_ERRORS.typeUnknown);
  if (!isContext(context)) return refused(element, CONFERENCE_ERRORS.noContext);
  const next = context === before.context ? { num: before.num } : nextConferenceNum(state, context);
  if ('error' in next) return refused(element, next.error);
  return {
    type: 'ConferenceChanged',
    data: { element, before, conference: { num: next.num, name, type, context } },
  };
}

/** A conference extension removed; only one that lives in a file of its own. */
export function decideDeleteConference(
  request: DeleteConferenceRequest,
  element: number,
  state: DialplanState,
): ConferenceEvent {
  const conference = state.conferences.get(request.num);
  if (!conference) return refused(element, CONFERENCE_ERRORS.noConference(request.num));
  if (!hasOwnConferenceFile(state, conference)) {
    return refused(element, CONFERENCE_ERRORS.notInOwnFile(conference.num));
  }
  return { type: 'ConferenceDeleted', data: { element, conference } };
}
