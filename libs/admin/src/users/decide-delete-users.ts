import { userFilePath } from '@fscon/fs-xml';
import { hasOwnFile, type DirectoryState } from './directory-state';
import type { UserEvent } from './user-events';
import type { DeleteUserRequest } from './user-requests';
import { USER_ERRORS } from './user-rules';

/** A user removed; only one the connector can tell lives in a file of its own. */
export function decideDeleteUser(
  request: DeleteUserRequest,
  element: number,
  state: DirectoryState,
): UserEvent {
  const user = state.users.get(request.id);
  const refused = (error: string): UserEvent => ({ type: 'UserRefused', data: { element, error } });
  if (!user) return refused(USER_ERRORS.noUser(request.id));
  if (!hasOwnFile(state, user)) {
    return refused(USER_ERRORS.notInOwnFile(user.id, userFilePath(user.context, user.id)));
  }
  return { type: 'UserDeleted', data: { element, user } };
}
