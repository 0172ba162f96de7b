import { DEFAULT_CONTEXT_RANGES, type User } from '@fscon/contracts';
import { userFilePath } from '@fscon/fs-xml';
import { directoryState, type DirectoryState } from '../users/directory-state';

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

/** These users (the demo's by default), each in its own file, plus any further files on disk. */
export function demoDirectory(users: User[] = DEMO_USERS, extraFiles: string[] = []): DirectoryState {
  return directoryState({
    users,
    globals: GLOBALS,
    ranges: DEFAULT_CONTEXT_RANGES,
    files: [...users.map((user) => userFilePath(user.context, user.id)), ...extraFiles],
  });
}

/** Passwords p1, p2, ... one for each of `count` elements. */
export function passwords(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `p${i + 1}`);
}
