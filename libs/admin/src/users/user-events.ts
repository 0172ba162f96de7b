import type { User } from '@fscon/contracts';
import type { ConpinSetting } from '@fscon/fs-xml';

/** A user as FreeSWITCH shows it once loaded, and how its file holds the pin (a value or a global's name). */
export interface WrittenUser {
  readonly user: User;
  readonly filePin: ConpinSetting;
}

/**
 * What became of the directory. `element` is the position of the request's element the event answers
 * (in a rebuild, the user's position among the users of the state); each element gets exactly one
 * event, except in a rebuild, where the users written share one `UsersRebuilt`.
 */
export type UserEvent =
  | { type: 'UserAdded'; data: WrittenUser & { element: number } }
  | { type: 'UserChanged'; data: WrittenUser & { element: number; before: User } }
  | { type: 'UserDeleted'; data: { element: number; user: User } }
  | { type: 'UsersRebuilt'; data: { users: readonly (WrittenUser & { element: number })[] } }
  | { type: 'UserRefused'; data: { element: number; error: string } };
