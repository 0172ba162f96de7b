import type { User } from '@fscon/contracts';
import type { ConfigChange } from '../../../config-files/config-change';
import type { ElementOutcome } from '../../../config-files/write-response';
import { keptConpin } from '../user-rules';
import type { UsersView } from '../users-view';
import type { UsersDecision } from '../users-write.response';

const ID = /^\d{1,10}$/;

/**
 * Every user written anew into its own file from the xmlState, in the shape the connector writes
 * (conference flags of its context, pin references for default pins). A user whose id cannot name
 * a file fails.
 */
export function decideRebuildUsers(view: UsersView): UsersDecision<User> {
  const changes: ConfigChange[] = [];
  const outcomes = view.users.map((user): ElementOutcome<User, User> => {
    if (!ID.test(user.id)) return { request: user, error: `userid ${user.id} is not a number` };
    const conpin = keptConpin(user, user.context, view.globals);
    changes.push({ type: 'UserFileWritten', user: { ...user, conpin } });
    return { request: user, done: user };
  });
  return { outcomes, changes };
}
