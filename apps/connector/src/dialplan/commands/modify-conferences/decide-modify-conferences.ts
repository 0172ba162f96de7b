import { isContext, type Conference } from '@fscon/contracts';
import type { ConfigChange } from '../../../config-files/config-change';
import type { ElementOutcome } from '../../../config-files/write-response';
import type { ModifyConferenceRequest } from '../conference-requests';
import { CONFERENCE_ERRORS, WorkingDialplan, type ConferencesView } from '../conferences-view';
import type { ConferencesDecision } from '../conferences-write.response';

/** Changed conference extensions: absent fields keep their values; a new context means a new number. */
export function decideModifyConferences(
  view: ConferencesView,
  requests: readonly ModifyConferenceRequest[],
): ConferencesDecision<ModifyConferenceRequest> {
  const dialplan = new WorkingDialplan(view);
  const changes: ConfigChange[] = [];
  const outcomes = requests.map((request): ElementOutcome<ModifyConferenceRequest, Conference> => {
    const old = dialplan.byNum(request.num);
    if (!old) return { request, error: CONFERENCE_ERRORS.noConference(request.num) };
    if (!dialplan.hasOwnFile(old)) return { request, error: CONFERENCE_ERRORS.notInOwnFile(old.num) };
    const { name = old.name, type = old.type, context = old.context } = request;
    if (dialplan.nameTaken(name, old.num)) return { request, error: CONFERENCE_ERRORS.nameTaken };
    if (!dialplan.typeImplemented(type)) return { request, error: CONFERENCE_ERRORS.typeUnknown };
    if (!isContext(context)) return { request, error: CONFERENCE_ERRORS.noContext };
    const next = context === old.context ? { num: old.num } : dialplan.nextNum(context);
    if ('error' in next) return { request, error: next.error };
    const conference: Conference = { num: next.num, name, type, context };
    dialplan.remove(old);
    dialplan.put(conference);
    if (next.num !== old.num) changes.push({ type: 'ConferenceFileRemoved', num: old.num });
    changes.push({ type: 'ConferenceFileWritten', conference: { num: next.num, name, type } });
    return { request, done: conference };
  });
  return { outcomes, changes };
}
