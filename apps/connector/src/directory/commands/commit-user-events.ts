import type { UserEvent } from '@fscon/admin';
import type { User } from '@fscon/contracts';
import type { AdminRequest } from '../../config-files/admin-entries';
import type { AdminJournal } from '../../config-files/admin-journal';
import type { ConfigTransaction } from '../../config-files/config-transactions';
import { writeResponse, type ElementOutcome } from '../../config-files/write-response';
import { userEntries } from './user-entries';
import { userFileChanges } from './user-file-changes';
import type { UsersWriteResponse } from './users-write.response';

/**
 * Carries the directory's events out: writes their files, has FreeSWITCH reload, journals them once it
 * accepted, and answers each element with what it became or why it failed.
 */
export async function commitUserEvents<TRequest>(
  tx: ConfigTransaction,
  journal: AdminJournal,
  { op, caller, requests }: AdminRequest<TRequest>,
  events: readonly UserEvent[],
): Promise<UsersWriteResponse<TRequest>> {
  const outcomes = userOutcomes(requests, events);
  const elements = outcomes.filter((outcome) => 'done' in outcome).length;
  const write = { op, caller, elements, entries: (time: number) => userEntries(events, op, caller, time) };
  const commit = await journal.commit(write, () => tx.commitChanges(userFileChanges(events)));
  return writeResponse(op, 'user', outcomes, commit);
}

function userOutcomes<TRequest>(
  requests: readonly TRequest[],
  events: readonly UserEvent[],
): ElementOutcome<TRequest, User>[] {
  return events.flatMap((event): ElementOutcome<TRequest, User>[] => {
    switch (event.type) {
      case 'UserAdded':
      case 'UserChanged':
      case 'UserDeleted':
        return [{ request: requests[event.data.element], done: event.data.user }];
      case 'UsersRebuilt':
        return event.data.users.map(({ element, user }) => ({ request: requests[element], done: user }));
      case 'UserRefused':
        return [{ request: requests[event.data.element], error: event.data.error }];
      default: {
        const unknown: never = event;
        throw new Error(`unknown user event ${JSON.stringify(unknown)}`);
      }
    }
  });
}
