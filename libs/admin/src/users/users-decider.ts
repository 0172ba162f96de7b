import { decideEach, type Decider } from '../decider';
import { decideAddUser } from './decide-add-users';
import { decideDeleteUser } from './decide-delete-users';
import { decideModifyUser } from './decide-modify-users';
import { decideRebuildUsers } from './decide-rebuild-users';
import { withoutUser, withUser, type DirectoryState } from './directory-state';
import type { UserCommand } from './user-commands';
import type { UserEvent } from './user-events';

export function decideUsers(command: UserCommand, state: DirectoryState): UserEvent[] {
  switch (command.type) {
    case 'AddUsers': {
      const { users, generatedPasswords } = command.data;
      return decideEach(
        users,
        state,
        (request, i, current) => decideAddUser(request, i, generatedPasswords[i] ?? '', current),
        evolveDirectory,
      );
    }
    case 'ModifyUsers': {
      const { users, generatedPasswords } = command.data;
      return decideEach(
        users,
        state,
        (request, i, current) => decideModifyUser(request, i, generatedPasswords[i] ?? '', current),
        evolveDirectory,
      );
    }
    case 'DeleteUsers':
      return decideEach(command.data.users, state, decideDeleteUser, evolveDirectory);
    case 'RebuildUsers':
      return decideRebuildUsers(state);
    default: {
      const unknown: never = command;
      throw new Error(`unknown user command ${JSON.stringify(unknown)}`);
    }
  }
}

export function evolveDirectory(state: DirectoryState, event: UserEvent): DirectoryState {
  switch (event.type) {
    case 'UserAdded':
      return withUser(state, event.data.user);
    case 'UserChanged':
      return withUser(withoutUser(state, event.data.before), event.data.user);
    case 'UserDeleted':
      return withoutUser(state, event.data.user);
    case 'UsersRebuilt':
      return event.data.users.reduce((current, { user }) => withUser(current, user), state);
    case 'UserRefused':
      return state;
    default: {
      const unknown: never = event;
      throw new Error(`unknown user event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The directory's decider: users added, changed, deleted and rebuilt. */
export const usersDecider: Decider<UserCommand, UserEvent, DirectoryState> = {
  decide: decideUsers,
  evolve: evolveDirectory,
};
