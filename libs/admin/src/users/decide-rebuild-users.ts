import type { DirectoryState } from './directory-state';
import type { UserEvent, WrittenUser } from './user-events';
import { keptConpin } from './user-rules';

const ID = /^\d{1,10}$/;

/**
 * Every user written anew into its own file, in the shape the connector writes (conference flags of
 * its context, pin references for default pins). A user whose id cannot name a file is refused; its
 * `element` is its position among the state's users.
 */
export function decideRebuildUsers(state: DirectoryState): UserEvent[] {
  const events: UserEvent[] = [];
  const users: (WrittenUser & { element: number })[] = [];
  [...state.users.values()].forEach((user, element) => {
    if (!ID.test(user.id)) {
      events.push({ type: 'UserRefused', data: { element, error: `userid ${user.id} is not a number` } });
    } else {
      users.push({ element, user, filePin: keptConpin(user, user.context, state.globals) });
    }
  });
  return users.length === 0 ? events : [...events, { type: 'UsersRebuilt', data: { users } }];
}
