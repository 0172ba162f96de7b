import type { Conference } from '@fscon/contracts';
import type { ConfigChange } from '../../../config-files/config-change';
import type { ElementOutcome } from '../../../config-files/write-response';
import type { DeleteConferenceRequest } from '../conference-requests';
import { CONFERENCE_ERRORS, WorkingDialplan, type ConferencesView } from '../conferences-view';
import type { ConferencesDecision } from '../conferences-write.response';

/** Conference extensions removed: each one's file goes. */
export function decideDeleteConferences(
  view: ConferencesView,
  requests: readonly DeleteConferenceRequest[],
): ConferencesDecision<DeleteConferenceRequest> {
  const dialplan = new WorkingDialplan(view);
  const changes: ConfigChange[] = [];
  const outcomes = requests.map((request): ElementOutcome<DeleteConferenceRequest, Conference> => {
    const conference = dialplan.byNum(request.num);
    if (!conference) return { request, error: CONFERENCE_ERRORS.noConference(request.num) };
    if (!dialplan.hasOwnFile(conference))
      return { request, error: CONFERENCE_ERRORS.notInOwnFile(conference.num) };
    dialplan.remove(conference);
    changes.push({ type: 'ConferenceFileRemoved', num: conference.num });
    return { request, done: conference };
  });
  return { outcomes, changes };
}
