import type {
  Conference,
  ConferencesResponse,
  InfoStateResponse,
  User,
  UsersResponse,
} from '@fscon/contracts';
import { digestJson } from '../../support/json-requests';
import type { RealSystem } from './real-system';

/** A write route's answer. */
export interface WriteAnswer<T, Request> {
  op: string;
  done: T[];
  failed: Array<{ error: string } & Partial<Record<'user' | 'conference', Request>>>;
}

/** The team's requests to the connector of a real system, typed by route. */
export function adminClient(system: () => RealSystem) {
  const { request, ok } = digestJson(() => system().connector.url);
  return {
    request,
    ok,
    users: async (): Promise<User[]> => ((await ok('/api/users')) as UsersResponse).users,
    conferences: async (): Promise<ConferencesResponse> => ok('/api/conferences'),
    state: async (): Promise<InfoStateResponse['state']> =>
      ((await ok('/api/info/state')) as InfoStateResponse).state,
    writeUsers: (route: 'add' | 'mod' | 'del', body: object[]): Promise<WriteAnswer<User, object>> =>
      ok(`/api/users/${route}`, body),
    writeConferences: (
      route: 'add' | 'mod' | 'del',
      body: object[],
    ): Promise<WriteAnswer<Conference, object>> => ok(`/api/conferences/${route}`, body),
  };
}

/** How often the connector has read the whole configuration from FreeSWITCH so far. */
export function xmlStateReads(system: RealSystem): number {
  return system.connector.output().match(/xmlState read:/g)?.length ?? 0;
}
