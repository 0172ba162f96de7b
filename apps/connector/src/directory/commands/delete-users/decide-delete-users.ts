import type { User } from '@fscon/contracts';
import type { ConfigChange } from '../../../config-files/config-change';
import type { ElementOutcome } from '../../../config-files/write-response';
import type { DeleteUserRequest } from '../user-requests';
import { USER_ERRORS } from '../user-rules';
import { WorkingDirectory, type UsersView } from '../users-view';
import type { UsersDecision } from '../users-write.response';

/** Users removed: each one's file goes. */
export function decideDeleteUsers(
  view: UsersView,
  requests: readonly DeleteUserRequest[],
): UsersDecision<DeleteUserRequest> {
  const directory = new WorkingDirectory(view);
  const changes: ConfigChange[] = [];
  const outcomes = requests.map((request): ElementOutcome<DeleteUserRequest, User> => {
    const user = directory.byId(request.id);
    if (!user) return { request, error: USER_ERRORS.noUser(request.id) };
    if (!directory.hasOwnFile(user)) {
      return {
        request,
        error: USER_ERRORS.notInOwnFile(user.id, `directory/${user.context}/${user.id}.xml`),
      };
    }
    directory.remove(user);
    changes.push({ type: 'UserFileRemoved', context: user.context, id: user.id });
    return { request, done: user };
  });
  return { outcomes, changes };
}
