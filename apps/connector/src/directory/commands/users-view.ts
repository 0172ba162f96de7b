import type { Context, ContextRanges, Globals, User } from '@fscon/contracts';
import { userFilePath } from '@fscon/fs-xml';
import { lowestFreeNumber, rangeExhausted } from '../../config-files/lowest-free-number';

/** What the user commands decide on: the directory as FreeSWITCH has it and the user files on disk. */
export interface UsersView {
  users: readonly User[];
  globals: Globals;
  ranges: ContextRanges;
  /** Paths of the files in directory/<context>/, relative to the configuration folder. */
  files: ReadonlySet<string>;
}

const FILE_ID = /\/(\d+)\.xml$/;

/**
 * The directory while a request is decided, element after element: each element sees what the ones
 * before it did. Ids are taken by users FreeSWITCH knows and by user files on disk.
 */
export class WorkingDirectory {
  private readonly users: Map<string, User>;
  private readonly files: Set<string>;
  private readonly takenIds: Set<string>;

  constructor(readonly view: UsersView) {
    this.users = new Map(view.users.map((user) => [user.id, user]));
    this.files = new Set(view.files);
    this.takenIds = new Set([
      ...this.users.keys(),
      ...[...view.files].flatMap((path) => FILE_ID.exec(path)?.[1] ?? []),
    ]);
  }

  byId(id: string): User | undefined {
    return this.users.get(id);
  }

  nameTaken(name: string, exceptId?: string): boolean {
    return [...this.users.values()].some((user) => user.name === name && user.id !== exceptId);
  }

  polymacTaken(polymac: string, exceptId?: string): boolean {
    if (polymac === 'none') return false;
    return [...this.users.values()].some((user) => user.polymac === polymac && user.id !== exceptId);
  }

  /** The user's own file, if the user lives in one. */
  hasOwnFile(user: User): boolean {
    return this.files.has(userFilePath(user.context, user.id));
  }

  /** The lowest free id of the context's range, or the message saying there is none. */
  nextId(context: Context): { id: string } | { error: string } {
    const range = this.view.ranges[context].users;
    const id = lowestFreeNumber(range, this.takenIds);
    return id === undefined ? { error: rangeExhausted('user id', context, range) } : { id };
  }

  put(user: User): void {
    this.users.set(user.id, user);
    this.takenIds.add(user.id);
    this.files.add(userFilePath(user.context, user.id));
  }

  remove(user: User): void {
    this.users.delete(user.id);
    this.takenIds.delete(user.id);
    this.files.delete(userFilePath(user.context, user.id));
  }
}
