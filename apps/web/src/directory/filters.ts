import type { Conference, Context } from '@fscon/contracts';
import type { DirectoryUser } from '../api/directory-api';

export type ContextChoice = Context | 'all';

export interface UserQuery {
  text: string;
  context: ContextChoice;
}

export interface ConferenceQuery {
  text: string;
  context: ContextChoice;
  type: string | 'all';
}

const contains = (value: string | undefined, text: string) =>
  value !== undefined && value.toLowerCase().includes(text);

/** Users whose name, id or email contains the text (any case), in the chosen context, sorted by id. */
export function filterUsers(users: readonly DirectoryUser[], query: UserQuery): DirectoryUser[] {
  const text = query.text.trim().toLowerCase();
  return users
    .filter((user) => query.context === 'all' || user.context === query.context)
    .filter((user) => text === '' || [user.name, user.id, user.email].some((value) => contains(value, text)))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Conferences whose name or number contains the text, of the chosen context and type, sorted by number. */
export function filterConferences(conferences: readonly Conference[], query: ConferenceQuery): Conference[] {
  const text = query.text.trim().toLowerCase();
  return conferences
    .filter((conference) => query.context === 'all' || conference.context === query.context)
    .filter((conference) => query.type === 'all' || conference.type === query.type)
    .filter((conference) => text === '' || contains(conference.name, text) || contains(conference.num, text))
    .sort((a, b) => a.num.localeCompare(b.num));
}

/** The name the directory gives a user id, for members and registrations. */
export function namesById(users: readonly DirectoryUser[]): ReadonlyMap<string, string> {
  return new Map(users.map((user) => [user.id, user.name]));
}
