import type { ConferenceEvent } from '@fscon/admin';
import type { Conference } from '@fscon/contracts';
import type { AdminRequest } from '../../config-files/admin-entries';
import type { AdminJournal } from '../../config-files/admin-journal';
import type { ConfigTransaction } from '../../config-files/config-transactions';
import { writeResponse, type ElementOutcome } from '../../config-files/write-response';
import { conferenceEntries } from './conference-entries';
import { conferenceFileChanges } from './conference-file-changes';
import type { ConferencesWriteResponse } from './conferences-write.response';

/**
 * Carries the dialplan's events out: writes their files, has FreeSWITCH reload, journals them once it
 * accepted, and answers each element with what it became or why it failed.
 */
export async function commitConferenceEvents<TRequest>(
  tx: ConfigTransaction,
  journal: AdminJournal,
  { op, caller, requests }: AdminRequest<TRequest>,
  events: readonly ConferenceEvent[],
): Promise<ConferencesWriteResponse<TRequest>> {
  const outcomes = events.map(({ data }): ElementOutcome<TRequest, Conference> => {
    const request = requests[data.element];
    return 'error' in data ? { request, error: data.error } : { request, done: data.conference };
  });
  const elements = outcomes.filter((outcome) => 'done' in outcome).length;
  const write = {
    op,
    caller,
    elements,
    entries: (time: number) => conferenceEntries(events, op, caller, time),
  };
  const commit = await journal.commit(write, () => tx.commitChanges(conferenceFileChanges(events)));
  return writeResponse(op, 'conference', outcomes, commit);
}
