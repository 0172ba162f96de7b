import type { ConferenceEvent } from '@fscon/admin';
import type { Conference } from '@fscon/contracts';
import type { AdminRequest } from '../../config-files/admin-entries';
import type { AdminJournal } from '../../config-files/admin-journal';
import { commitAdminEvents } from '../../config-files/commit-admin-events';
import type { ConfigTransaction } from '../../config-files/config-transactions';
import type { ElementOutcome } from '../../config-files/write-response';
import { conferenceEntries } from './conference-entries';
import { conferenceFileChanges } from './conference-file-changes';
import type { ConferencesWriteResponse } from './conferences-write.response';

/** The dialplan's events carried out by commitAdminEvents, each element answered as the conference it became. */
export async function commitConferenceEvents<TRequest>(
  tx: ConfigTransaction,
  journal: AdminJournal,
  request: AdminRequest<TRequest>,
  events: readonly ConferenceEvent[],
): Promise<ConferencesWriteResponse<TRequest>> {
  const { op, caller, requests } = request;
  return commitAdminEvents(tx, journal, request, 'conference', {
    outcomes: events.map(({ data }): ElementOutcome<TRequest, Conference> => {
      const element = requests[data.element];
      return 'error' in data
        ? { request: element, error: data.error }
        : { request: element, done: data.conference };
    }),
    entries: (time) => conferenceEntries(events, op, caller, time),
    changes: conferenceFileChanges(events),
  });
}
