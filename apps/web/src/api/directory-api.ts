import type {
  Conference,
  ConferencesResponse,
  Context,
  FriendXmlResponse,
  PubXmlResponse,
  User,
  UsersResponse,
} from '@fscon/contracts';
import type { DirectorySource } from '../app/capabilities';
import { getJson, postJson } from './http';

/** A user as far as the context may see it: the team sees everything, others less. */
export type DirectoryUser = Pick<User, 'id' | 'name' | 'context'> & Partial<User>;

export interface Directory {
  users: DirectoryUser[];
  conferences: Conference[];
  types: string[];
}

/** The answer of a write route: what was done, and per failed element why. */
export interface WriteResponse<T> {
  op: string;
  done: T[];
  failed: ({ error: string } & Record<string, unknown>)[];
}

export async function loadDirectory(source: DirectorySource): Promise<Directory> {
  switch (source) {
    case 'team': {
      const [users, conferences] = await Promise.all([
        getJson<UsersResponse>('/api/users'),
        getJson<ConferencesResponse>('/api/conferences'),
      ]);
      return { users: users.users, conferences: conferences.conferences, types: conferences.info.types };
    }
    case 'friends':
    case 'public': {
      const path = source === 'friends' ? '/friendxml' : '/pubxml';
      const { state } = await getJson<FriendXmlResponse | PubXmlResponse>(path);
      return { users: state.users, conferences: state.conferences, types: state.conferencetypes };
    }
    default: {
      const unhandled: never = source;
      return unhandled;
    }
  }
}

export interface NewUser {
  name: string;
  email: string;
  context: Context;
  password?: string;
  conpin?: string;
  polymac?: string;
}
export type UserChange = Partial<NewUser> & { id: string };
export interface NewConference {
  name: string;
  type: string;
  context: Context;
}
export type ConferenceChange = Partial<NewConference> & { num: string };

export const addUsers = (users: NewUser[]) => postJson<WriteResponse<User>>('/api/users/add', users);
export const modUsers = (users: UserChange[]) => postJson<WriteResponse<User>>('/api/users/mod', users);
export const delUsers = (ids: string[]) =>
  postJson<WriteResponse<User>>(
    '/api/users/del',
    ids.map((id) => ({ id })),
  );

export const addConferences = (conferences: NewConference[]) =>
  postJson<WriteResponse<Conference>>('/api/conferences/add', conferences);
export const modConferences = (conferences: ConferenceChange[]) =>
  postJson<WriteResponse<Conference>>('/api/conferences/mod', conferences);
export const delConferences = (nums: string[]) =>
  postJson<WriteResponse<Conference>>(
    '/api/conferences/del',
    nums.map((num) => ({ num })),
  );
