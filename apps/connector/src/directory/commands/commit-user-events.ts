import type { UserEvent } from '@fscon/admin';
import type { User } from '@fscon/contracts';
import type { AdminRequest } from '../../config-files/admin-entries';
import type { AdminJournal } from '../../config-files/admin-journal';
import { commitAdminEvents } from '../../config-files/commit-admin-events';
import type { ConfigTransaction } from '../../config-files/config-transactions';
import type { ElementOutcome } from '../../config-files/write-response';
import { userEntries } from './user-entries';
import { userFileChanges } from './user-file-changes';
import type { UsersWriteResponse } from './users-write.response';

/** The directory's events carried out by commitAdminEvents, each element answered as the user it became. */
export async function commitUserEvents<TRequest>(
  tx: ConfigTransaction,
  journal: AdminJournal,
  request: AdminRequest<TRequest>,
  events: readonly UserEvent[],
): Promise<UsersWriteResponse<TRequest>> {
  const { op, caller, requests } = request;
  return commitAdminEvents(tx, journal, request, 'user', {
    outcomes: userOutcomes(requests, events),
    entries: (time) => userEntries(events, op, caller, time),
    changes: userFileChanges(events),
  });
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
