import { isContext, type Context, type User } from '@fscon/contracts';
import { userFilePath } from '@fscon/fs-xml';
import { hasOwnFile, nameTaken, nextUserId, polymacTaken, type DirectoryState } from './directory-state';
import type { UserEvent } from './user-events';
import type { ModifyUserRequest } from './user-requests';
import { chosenConpin, isEmail, keptConpin, loadedUser, polymacOf, USER_ERRORS } from './user-rules';

/**
 * A changed user. Fields not given keep their values, except that an absent password is generated
 * anew and an absent polymac becomes none (the original's "reset password" behaviour). A new
 * context means a new id from that context's range.
 */
export function decideModifyUser(
  request: ModifyUserRequest,
  element: number,
  generatedPassword: string,
  state: DirectoryState,
): UserEvent {
  const refused = (error: string): UserEvent => ({ type: 'UserRefused', data: { element, error } });
  const before = state.users.get(request.id);
  if (!before) return refused(USER_ERRORS.noUser(request.id));
  const checked = check(request, before, state);
  if ('error' in checked) return refused(checked.error);
  const { context, name, email, polymac } = checked;
  const next = context === before.context ? { id: before.id } : nextUserId(state, context);
  if ('error' in next) return refused(next.error);
  const conpin =
    request.conpin === undefined
      ? keptConpin(before, context, state.globals)
      : chosenConpin(request.conpin, context);
  const file = {
    id: next.id,
    password: request.password || generatedPassword,
    context,
    name,
    email,
    polymac,
    conpin,
  };
  return {
    type: 'UserChanged',
    data: { element, before, user: loadedUser(file, state.globals), filePin: conpin },
  };
}

type CheckedFields = { context: Context; name: string; email: string; polymac: string } | { error: string };

function check(request: ModifyUserRequest, before: User, state: DirectoryState): CheckedFields {
  if (!hasOwnFile(state, before)) {
    return { error: USER_ERRORS.notInOwnFile(before.id, userFilePath(before.context, before.id)) };
  }
  const name = request.name?.trim() ?? before.name;
  const email = request.email?.trim() ?? before.email;
  const context = request.context ?? before.context;
  const polymac = polymacOf(request.polymac);
  if (nameTaken(state, name, before.id)) return { error: USER_ERRORS.nameTaken };
  if (request.email !== undefined && !isEmail(email)) return { error: USER_ERRORS.notAnEmail };
  if (!isContext(context)) return { error: USER_ERRORS.noContext };
  if (polymacTaken(state, polymac, before.id)) return { error: USER_ERRORS.polymacTaken };
  return { context, name, email, polymac };
}
