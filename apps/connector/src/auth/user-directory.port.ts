import type { User } from '@fscon/contracts';

/**
 * Where the authentication finds users: the application provides it from its xmlState read model.
 */
export abstract class UserDirectory {
  /** The user whose `name` (the Digest user name) is exactly `name`. */
  abstract findByName(name: string): User | undefined;
  /** False until a configuration has been loaded from FreeSWITCH; no one can log in before. */
  abstract isReady(): boolean;
}
