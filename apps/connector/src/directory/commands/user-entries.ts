import { userWithoutSecrets, type UserEvent } from '@fscon/admin';
import type { User } from '@fscon/contracts';
import type { JournalEntryDraft } from '@fscon/journal';
import { adminEntry } from '../../config-files/admin-entries';

/** The journal's entries for the directory's events: one per user done, without passwords or pins. */
export function userEntries(
  events: readonly UserEvent[],
  op: string,
  caller: string,
  time: number,
): JournalEntryDraft[] {
  const entry = (kind: string, before: User | null, after: User | null) =>
    adminEntry(
      caller,
      time,
      kind,
      { op, before: before && userWithoutSecrets(before), after: after && userWithoutSecrets(after) },
      { type: 'user', id: (after ?? before)!.id },
    );
  return events.flatMap((event): JournalEntryDraft[] => {
    switch (event.type) {
      case 'UserAdded':
        return [entry('user.added', null, event.data.user)];
      case 'UserChanged':
        return [entry('user.changed', event.data.before, event.data.user)];
      case 'UserDeleted':
        return [entry('user.deleted', event.data.user, null)];
      case 'UsersRebuilt':
        return [
          adminEntry(caller, time, 'users.rebuilt', {
            op,
            users: event.data.users.map(({ user }) => userWithoutSecrets(user)),
          }),
        ];
      case 'UserRefused':
        return [];
      default: {
        const unknown: never = event;
        throw new Error(`unknown user event ${JSON.stringify(unknown)}`);
      }
    }
  });
}
