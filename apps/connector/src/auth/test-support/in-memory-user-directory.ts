import type { User } from '@fscon/contracts';
import { UserDirectory } from '../user-directory.port';

/** A UserDirectory over a list of users, for tests; not ready until users are set. */
export class InMemoryUserDirectory extends UserDirectory {
  private users: readonly User[] | undefined;

  constructor(users?: readonly User[]) {
    super();
    this.users = users;
  }

  setUsers(users: readonly User[] | undefined): void {
    this.users = users;
  }

  findByName(name: string): User | undefined {
    return this.users?.find((user) => user.name === name);
  }

  isReady(): boolean {
    return this.users !== undefined;
  }
}
