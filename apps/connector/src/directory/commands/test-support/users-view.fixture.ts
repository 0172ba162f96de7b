import { DEFAULT_CONTEXT_RANGES, type User } from '@fscon/contracts';
import { userFilePath } from '@fscon/fs-xml';
import type { UsersView } from '../users-view';

export const GLOBALS = { modconpin: '2357', defconpin: '0815' };

/** The demo directory: users 20000, 20001, 21000, 22000, each in its own file. */
export const DEMO_USERS: User[] = [
  {
    id: '20000',
    password: 'napw',
    conpin: '2357',
    context: 'team',
    name: 'defaultuser',
    email: 'foo@bar.baz',
    polymac: 'none',
  },
  {
    id: '20001',
    password: 'pw20001',
    conpin: '2357',
    context: 'team',
    name: 'teamuser2',
    email: 'team2@example.org',
    polymac: '0004f2aabbcc',
  },
  {
    id: '21000',
    password: 'pw21000',
    conpin: '2357',
    context: 'friends',
    name: 'frienduser',
    email: 'friend@example.org',
    polymac: 'none',
  },
  {
    id: '22000',
    password: 'pw22000',
    conpin: '0815',
    context: 'public',
    name: 'publicuser',
    email: 'public@example.org',
    polymac: 'none',
  },
];

/** Given these users, each in its own file, plus any further files on disk. */
export function givenUsers(users: User[] = DEMO_USERS, extraFiles: string[] = []): UsersView {
  return {
    users,
    globals: GLOBALS,
    ranges: DEFAULT_CONTEXT_RANGES,
    files: new Set([...users.map((user) => userFilePath(user.context, user.id)), ...extraFiles]),
  };
}

/** Passwords p1, p2, ... in the order they are asked for. */
export function countingPasswords(): () => string {
  let n = 0;
  return () => `p${++n}`;
}
