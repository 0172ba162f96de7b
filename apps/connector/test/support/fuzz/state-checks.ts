import type { RawAnswer } from './raw-http';
import type { BodyKind } from './routes';

/** Reads a team route (`/api/users`, `/api/conferences`) and parses its JSON. */
export type ReadJson = (path: string) => Promise<Record<string, unknown>>;

interface Written {
  id?: string;
  num?: string;
  name?: string;
}

/** Names the reader must give back as written; other values are another check's business. */
const PLAIN_NAME = /^[\w.-]+(?: [\w.-]+)*$/;

const LISTS = {
  users: { path: '/api/users', key: 'id' },
  conferences: { path: '/api/conferences', key: 'num' },
} as const;

/**
 * After an accepted user or conference write: each element in `done` is in the state read right after
 * (by id or number, with its name) or, for a delete, gone from it. Undefined when all is as it should be.
 */
export async function writeNotSeen(
  kind: BodyKind,
  answer: RawAnswer,
  read: ReadJson,
): Promise<string | undefined> {
  const [what, action] = kind.split('.') as [string, string];
  if (what !== 'users' && what !== 'conferences') return undefined;
  const { path, key } = LISTS[what];
  const done = (JSON.parse(answer.body.toString('utf8')) as { done?: Written[] }).done ?? [];
  const listed = ((await read(path))[what] as Written[]).map((entry) => [entry[key], entry] as const);
  const state = new Map(listed);
  const last = new Map(done.map((entry) => [entry[key], entry] as const));
  for (const [id, written] of last) {
    const now = state.get(id);
    if (action === 'del') {
      if (now !== undefined) return `${what} ${id} deleted, yet still in ${path}`;
    } else if (now === undefined) {
      return `${what} ${id} written, yet not in ${path}`;
    } else if (PLAIN_NAME.test(written.name ?? '') && now.name !== written.name) {
      return `${what} ${id} written as ${JSON.stringify(written.name)}, yet ${path} says ${JSON.stringify(now.name)}`;
    }
  }
  return undefined;
}
