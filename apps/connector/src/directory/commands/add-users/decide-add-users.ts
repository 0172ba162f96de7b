import { isContext, type User } from '@fscon/contracts';
import type { UserFile } from '@fscon/fs-xml';
import type { ConfigChange } from '../../../config-files/config-change';
import type { ElementOutcome } from '../../../config-files/write-response';
import type { AddUserRequest } from '../user-requests';
import { chosenConpin, isEmail, loadedUser, polymacOf, USER_ERRORS } from '../user-rules';
import { WorkingDirectory, type UsersView } from '../users-view';
import type { UsersDecision } from '../users-write.response';

/**
 * New users, each with the lowest free id of its context's range. Elements are decided in order and
 * each fails on its own: a name must be unique (it is the login), the email must be one, the
 * context must exist, the range must have room.
 */
export function decideAddUsers(
  view: UsersView,
  requests: readonly AddUserRequest[],
  newPassword: () => string,
): UsersDecision<AddUserRequest> {
  const directory = new WorkingDirectory(view);
  const changes: ConfigChange[] = [];
  const outcomes = requests.map((request): ElementOutcome<AddUserRequest, User> => {
    const name = request.name.trim();
    const email = request.email.trim();
    const polymac = polymacOf(request.polymac);
    if (directory.nameTaken(name)) return { request, error: USER_ERRORS.nameTaken };
    if (!isEmail(email)) return { request, error: USER_ERRORS.notAnEmail };
    if (!isContext(request.context)) return { request, error: USER_ERRORS.noContext };
    if (directory.polymacTaken(polymac)) return { request, error: USER_ERRORS.polymacTaken };
    const next = directory.nextId(request.context);
    if ('error' in next) return { request, error: next.error };
    const file: UserFile = {
      id: next.id,
      password: request.password || newPassword(),
      context: request.context,
      name,
      email,
      polymac,
      conpin: chosenConpin(request.conpin, request.context),
    };
    const user = loadedUser(file, view.globals);
    directory.put(user);
    changes.push({ type: 'UserFileWritten', user: file });
    return { request, done: user };
  });
  return { outcomes, changes };
}
