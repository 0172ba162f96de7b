import type { AddUserRequest, DeleteUserRequest, ModifyUserRequest } from './user-requests';

/**
 * What an admin asks of the directory. `generatedPasswords[i]` is the password element `i` gets when
 * it names none (passwords come from a random source, so the caller draws them and decide stays pure).
 */
export type UserCommand =
  | { type: 'AddUsers'; data: { users: readonly AddUserRequest[]; generatedPasswords: readonly string[] } }
  | {
      type: 'ModifyUsers';
      data: { users: readonly ModifyUserRequest[]; generatedPasswords: readonly string[] };
    }
  | { type: 'DeleteUsers'; data: { users: readonly DeleteUserRequest[] } }
  | { type: 'RebuildUsers'; data: Record<string, never> };
