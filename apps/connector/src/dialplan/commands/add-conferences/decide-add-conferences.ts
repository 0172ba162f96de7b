import { isContext, type Conference } from '@fscon/contracts';
import type { ConfigChange } from '../../../config-files/config-change';
import type { ElementOutcome } from '../../../config-files/write-response';
import type { AddConferenceRequest } from '../conference-requests';
import { CONFERENCE_ERRORS, WorkingDialplan, type ConferencesView } from '../conferences-view';
import type { ConferencesDecision } from '../conferences-write.response';

/**
 * New conference extensions, each with the lowest free number of its context's range. The name must
 * be unique, the type a conference profile the connector can write, the context one that exists.
 */
export function decideAddConferences(
  view: ConferencesView,
  requests: readonly AddConferenceRequest[],
): ConferencesDecision<AddConferenceRequest> {
  const dialplan = new WorkingDialplan(view);
  const changes: ConfigChange[] = [];
  const outcomes = requests.map((request): ElementOutcome<AddConferenceRequest, Conference> => {
    const { name, type, context } = request;
    if (dialplan.nameTaken(name)) return { request, error: CONFERENCE_ERRORS.nameTaken };
    if (!dialplan.typeImplemented(type)) return { request, error: CONFERENCE_ERRORS.typeUnknown };
    if (!isContext(context)) return { request, error: CONFERENCE_ERRORS.noContext };
    const next = dialplan.nextNum(context);
    if ('error' in next) return { request, error: next.error };
    const conference: Conference = { num: next.num, name, type, context };
    dialplan.put(conference);
    changes.push({ type: 'ConferenceFileWritten', conference: { num: next.num, name, type } });
    return { request, done: conference };
  });
  return { outcomes, changes };
}
