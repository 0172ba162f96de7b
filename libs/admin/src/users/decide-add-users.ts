import { isContext } from '@fscon/contracts';
import { nameTaken, nextUserId, polymacTaken, type DirectoryState } from './directory-state';
import type { UserEvent } from './user-events';
import type { AddUserRequest } from './user-requests';
import { chosenConpin, isEmail, loadedUser, polymacOf, USER_ERRORS } from './user-rules';

/**
 * A new user with the lowest free id of its context's range. The name must be unique (it is the
 * login), the email must be one, the context must exist, the polymac must be free, the range must
 * have room.
 */
export function decideAddUser(
  request: AddUserRequest,
  element: number,
  generatedPassword: string,
  state: DirectoryState,
): UserEvent {
  const refused = (error: string): UserEvent => ({ type: 'UserRefused', data: { element, error } });
  const name = request.name.trim();
  const email = request.email.trim();
  const polymac = polymacOf(request.polymac);
  if (nameTaken(state, name)) return refused(USER_ERRORS.nameTaken);
  if (!isEmail(email)) return refused(USER_ERRORS.notAnEmail);
  if (!isContext(request.context)) return refused(USER_ERRORS.noContext);
  if (polymacTaken(state, polymac)) return refused(USER_ERRORS.polymacTaken);
  const next = nextUserId(state, request.context);
  if ('error' in next) return refused(next.error);
  const file = {
    id: next.id,
    password: request.password || generatedPassword,
    context: request.context,
    name,
    email,
    polymac,
    conpin: chosenConpin(request.conpin, request.context),
  };
  return {
    type: 'UserAdded',
    data: { element, user: loadedUser(file, state.globals), filePin: file.conpin },
  };
}
