import type { Conference, Context, Globals, User, XmlState, XmlStateInfo } from './xml-state';

export type ContextCounts = Record<Context, number>;

export interface UsersResponse {
  op: 'users';
  info: { total: number; contexts: ContextCounts };
  users: User[];
}

export interface UsersFilterResponse {
  op: string;
  users: User[];
}

export interface UsersMatchResponse {
  op: string;
  namematches: User[];
  emailmatches: User[];
}

export interface ConferencesResponse {
  op: 'conferences';
  info: { total: number; contexts: ContextCounts; types: string[] };
  conferences: Conference[];
}

export interface ConferencesFilterResponse {
  op: string;
  conferences: Conference[];
}

/** The last attempts to read FreeSWITCH's configuration failed: the latest error, since the first. */
export interface RebuildFailure {
  error: string;
  since: string;
}

export interface InfoResponse {
  op: 'info';
  info: XmlStateInfo;
  globals: Globals;
  /** null while the last read of FreeSWITCH's configuration succeeded. */
  rebuildfailure: RebuildFailure | null;
}

export interface InfoStateResponse {
  op: 'info/state';
  state: XmlState;
}

export type UserInfoResponse = User & { wss_binding: string; internal_tls_port: string };

/** GET /healthz: the process runs. */
export interface HealthResponse {
  alive: true;
}

/** GET /readyz: 200 when ready, 503 with what is missing otherwise. */
export interface ReadinessResponse {
  ready: boolean;
  /** Fixed sentences, empty when ready. */
  reasons: string[];
}

export interface FriendXmlResponse {
  op: '/friendxml';
  state: {
    users: Pick<User, 'name' | 'id' | 'email' | 'context'>[];
    conferences: Conference[];
    conferencetypes: string[];
  };
}

export interface PubXmlResponse {
  op: '/pubxml';
  state: {
    users: Pick<User, 'name' | 'id' | 'context'>[];
    conferences: Conference[];
    conferencetypes: string[];
  };
}

/** Every error answer of the HTTP API. */
export interface ErrorResponse {
  error: string;
}
