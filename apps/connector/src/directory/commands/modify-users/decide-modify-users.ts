import { isContext, type Context, type User } from '@fscon/contracts';
import type { UserFile } from '@fscon/fs-xml';
import type { ConfigChange } from '../../../config-files/config-change';
import type { ElementOutcome } from '../../../config-files/write-response';
import type { ModifyUserRequest } from '../user-requests';
import { chosenConpin, isEmail, keptConpin, loadedUser, polymacOf, USER_ERRORS } from '../user-rules';
import { WorkingDirectory, type UsersView } from '../users-view';
import type { UsersDecision } from '../users-write.response';

/**
 * Changed users. Fields not given keep their values, except that an absent password is generated
 * anew and an absent polymac becomes none (the original's "reset password" behaviour). A new
 * context means a new id from that context's range: the old file goes, a new one is written.
 */
export function decideModifyUsers(
  view: UsersView,
  requests: readonly ModifyUserRequest[],
  newPassword: () => string,
): UsersDecision<ModifyUserRequest> {
  const directory = new WorkingDirectory(view);
  const changes: ConfigChange[] = [];
  const outcomes = requests.map((request): ElementOutcome<ModifyUserRequest, User> => {
    const old = directory.byId(request.id);
    if (!old) return { request, error: USER_ERRORS.noUser(request.id) };
    const checked = check(request, old, directory);
    if ('error' in checked) return { request, error: checked.error };
    const { context, name, email, polymac } = checked;
    const next = context === old.context ? { id: old.id } : directory.nextId(context);
    if ('error' in next) return { request, error: next.error };
    const file: UserFile = {
      id: next.id,
      password: request.password || newPassword(),
      context,
      name,
      email,
      polymac,
      conpin:
        request.conpin === undefined
          ? keptConpin(old, context, view.globals)
          : chosenConpin(request.conpin, context),
    };
    const user = loadedUser(file, view.globals);
    directory.remove(old);
    directory.put(user);
    if (next.id !== old.id) changes.push({ type: 'UserFileRemoved', context: old.context, id: old.id });
    changes.push({ type: 'UserFileWritten', user: file });
    return { request, done: user };
  });
  return { outcomes, changes };
}

type CheckedFields = { context: Context; name: string; email: string; polymac: string } | { error: string };

function check(request: ModifyUserRequest, old: User, directory: WorkingDirectory): CheckedFields {
  if (!directory.hasOwnFile(old)) {
    return { error: USER_ERRORS.notInOwnFile(old.id, `directory/${old.context}/${old.id}.xml`) };
  }
  const name = request.name?.trim() ?? old.name;
  const email = request.email?.trim() ?? old.email;
  const context = request.context ?? old.context;
  const polymac = polymacOf(request.polymac);
  if (directory.nameTaken(name, old.id)) return { error: USER_ERRORS.nameTaken };
  if (request.email !== undefined && !isEmail(email)) return { error: USER_ERRORS.notAnEmail };
  if (!isContext(context)) return { error: USER_ERRORS.noContext };
  if (directory.polymacTaken(polymac, old.id)) return { error: USER_ERRORS.polymacTaken };
  return { context, name, email, polymac };
}
