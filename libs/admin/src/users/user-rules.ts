import type { Context, Globals, User } from '@fscon/contracts';
import {
  defaultConpinReference,
  type ConpinReference,
  type ConpinSetting,
  type UserFile,
} from '@fscon/fs-xml';

/** The error strings of the user routes; clients of the original match on the first three. */
export const USER_ERRORS = {
  nameTaken: 'name already taken',
  notAnEmail: 'email does not contain an email',
  noContext: 'context does not exist',
  polymacTaken: 'polymac already taken',
  noUser: (id: string) => `no userid ${id}`,
  notInOwnFile: (id: string, path: string) =>
    `userid ${id} is not defined in ${path}, so it cannot be changed`,
} as const;

const EMAIL = /^[^\s\p{Cc}@]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;

export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}

/** A Polycom MAC as stored: lower case; absent or empty means none. */
export function polymacOf(given: string | undefined): string {
  const mac = given?.trim().toLowerCase() ?? '';
  return mac === '' ? 'none' : mac;
}

/** A chosen pin, or the context's default pin when none (or an empty one) is given. */
export function chosenConpin(given: string | undefined, context: Context): ConpinSetting {
  return given ? { value: given } : { reference: defaultConpinReference(context) };
}

const PIN_REFERENCES: readonly ConpinReference[] = ['modconpin', 'defconpin'];

/**
 * The pin a user keeps when rewritten. The xmlState holds pins as FreeSWITCH expanded them, so a pin
 * equal to a global default pin is taken to be a reference to it: in the same context it stays that
 * reference; into another context it becomes that context's default, so a pin never outlives the
 * context it was the default of. Any other pin is kept as a value.
 */
export function keptConpin(user: User, context: Context, globals: Globals): ConpinSetting {
  const references = PIN_REFERENCES.filter((reference) => globals[reference] === user.conpin);
  if (references.length === 0) return { value: user.conpin };
  const own = defaultConpinReference(context);
  if (context !== user.context || references.includes(own)) return { reference: own };
  return { reference: references[0] };
}

/** The user as FreeSWITCH will show it once it has loaded the file. */
export function loadedUser(file: UserFile, globals: Globals): User {
  const conpin = 'value' in file.conpin ? file.conpin.value : (globals[file.conpin.reference] ?? '');
  return { ...file, conpin };
}
