import type { Context, ContextRanges, Globals, User } from '@fscon/contracts';
import { userFilePath } from '@fscon/fs-xml';
import { lowestFreeNumber, rangeExhausted } from '../numbering/lowest-free-number';

/** What the user commands decide on: the directory as FreeSWITCH has it and the user files on disk. */
export interface DirectoryState {
  readonly users: ReadonlyMap<string, User>;
  readonly globals: Globals;
  readonly ranges: ContextRanges;
  /** Paths of the files in directory/<context>/, relative to the configuration folder. */
  readonly files: ReadonlySet<string>;
}

export interface DirectoryView {
  users: readonly User[];
  globals: Globals;
  ranges: ContextRanges;
  files: Iterable<string>;
}

export function directoryState({ users, globals, ranges, files }: DirectoryView): DirectoryState {
  return { users: new Map(users.map((user) => [user.id, user])), globals, ranges, files: new Set(files) };
}

export function nameTaken(state: DirectoryState, name: string, exceptId?: string): boolean {
  return [...state.users.values()].some((user) => user.name === name && user.id !== exceptId);
}

export function polymacTaken(state: DirectoryState, polymac: string, exceptId?: string): boolean {
  if (polymac === 'none') return false;
  return [...state.users.values()].some((user) => user.polymac === polymac && user.id !== exceptId);
}

/** The user's own file, if the user lives in one. */
export function hasOwnFile(state: DirectoryState, user: User): boolean {
  return state.files.has(userFilePath(user.context, user.id));
}

const FILE_ID = /\/(\d+)\.xml$/;

/**
 * The lowest free id of the context's range, or the message saying there is none. Ids are taken by
 * users FreeSWITCH knows and by user files on disk it may not have loaded.
 */
export function nextUserId(state: DirectoryState, context: Context): { id: string } | { error: string } {
  const taken = new Set([
    ...state.users.keys(),
    ...[...state.files].flatMap((path) => FILE_ID.exec(path)?.[1] ?? []),
  ]);
  const range = state.ranges[context].users;
  const id = lowestFreeNumber(range, taken);
  return id === undefined ? { error: rangeExhausted('user id', context, range) } : { id };
}

export function withUser(state: DirectoryState, user: User): DirectoryState {
  const users = new Map(state.users).set(user.id, user);
  return { ...state, users, files: new Set(state.files).add(userFilePath(user.context, user.id)) };
}

export function withoutUser(state: DirectoryState, user: User): DirectoryState {
  const users = new Map(state.users);
  users.delete(user.id);
  const files = new Set(state.files);
  files.delete(userFilePath(user.context, user.id));
  return { ...state, users, files };
}
