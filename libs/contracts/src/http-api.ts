import type { FromSchema } from 'json-schema-to-ts';
import { closedObject } from './closed-object';
import { ERROR_CODES } from './error-codes';
import {
  CONFERENCE_SCHEMA,
  CONTEXT_SCHEMA,
  GLOBALS_SCHEMA,
  USER_SCHEMA,
  XML_STATE_INFO_SCHEMA,
  XML_STATE_SCHEMA,
} from './xml-state';

const OP = { type: 'string', description: 'the route, as the original connector named it' } as const;
const STRINGS = { type: 'array', items: { type: 'string' } } as const;
const USERS = { type: 'array', items: USER_SCHEMA } as const;
const CONFERENCES = { type: 'array', items: CONFERENCE_SCHEMA } as const;

export const CONTEXT_COUNTS_SCHEMA = closedObject({
  team: { type: 'integer', minimum: 0 },
  friends: { type: 'integer', minimum: 0 },
  public: { type: 'integer', minimum: 0 },
});
export type ContextCounts = FromSchema<typeof CONTEXT_COUNTS_SCHEMA>;

export const USERS_RESPONSE_SCHEMA = closedObject({
  op: { const: 'users' },
  info: closedObject({ total: { type: 'integer', minimum: 0 }, contexts: CONTEXT_COUNTS_SCHEMA }),
  users: USERS,
});
export type UsersResponse = FromSchema<typeof USERS_RESPONSE_SCHEMA>;

export const USERS_FILTER_RESPONSE_SCHEMA = closedObject({ op: OP, users: USERS });
export type UsersFilterResponse = FromSchema<typeof USERS_FILTER_RESPONSE_SCHEMA>;

export const USERS_MATCH_RESPONSE_SCHEMA = closedObject({ op: OP, namematches: USERS, emailmatches: USERS });
export type UsersMatchResponse = FromSchema<typeof USERS_MATCH_RESPONSE_SCHEMA>;

export const CONFERENCES_RESPONSE_SCHEMA = closedObject({
  op: { const: 'conferences' },
  info: closedObject({
    total: { type: 'integer', minimum: 0 },
    contexts: CONTEXT_COUNTS_SCHEMA,
    types: STRINGS,
  }),
  conferences: CONFERENCES,
});
export type ConferencesResponse = FromSchema<typeof CONFERENCES_RESPONSE_SCHEMA>;

export const CONFERENCES_FILTER_RESPONSE_SCHEMA = closedObject({ op: OP, conferences: CONFERENCES });
export type ConferencesFilterResponse = FromSchema<typeof CONFERENCES_FILTER_RESPONSE_SCHEMA>;

/** The last attempts to read FreeSWITCH's configuration failed: the latest error, since the first. */
export const REBUILD_FAILURE_SCHEMA = closedObject({
  error: { type: 'string' },
  since: { type: 'string', format: 'date-time' },
});
export type RebuildFailure = FromSchema<typeof REBUILD_FAILURE_SCHEMA>;

export const INFO_RESPONSE_SCHEMA = closedObject({
  op: { const: 'info' },
  info: XML_STATE_INFO_SCHEMA,
  globals: GLOBALS_SCHEMA,
  rebuildfailure: {
    description: 'null while the last read of FreeSWITCH’s configuration succeeded',
    anyOf: [REBUILD_FAILURE_SCHEMA, { type: 'null' }],
  },
});
export type InfoResponse = FromSchema<typeof INFO_RESPONSE_SCHEMA>;

export const INFO_STATE_RESPONSE_SCHEMA = closedObject({
  op: { const: 'info/state' },
  state: XML_STATE_SCHEMA,
});
export type InfoStateResponse = FromSchema<typeof INFO_STATE_RESPONSE_SCHEMA>;

export const USER_INFO_RESPONSE_SCHEMA = closedObject({
  ...USER_SCHEMA.properties,
  wss_binding: { type: 'string' },
  internal_tls_port: { type: 'string' },
});
export type UserInfoResponse = FromSchema<typeof USER_INFO_RESPONSE_SCHEMA>;

/** GET /healthz: the process runs. */
export const HEALTH_RESPONSE_SCHEMA = closedObject({ alive: { const: true } });
export type HealthResponse = FromSchema<typeof HEALTH_RESPONSE_SCHEMA>;

/** GET /readyz: 200 when ready, 503 with what is missing otherwise. */
export const READINESS_RESPONSE_SCHEMA = closedObject({
  ready: { type: 'boolean' },
  reasons: { ...STRINGS, description: 'fixed sentences, empty when ready' },
});
export type ReadinessResponse = FromSchema<typeof READINESS_RESPONSE_SCHEMA>;

export const FRIEND_XML_RESPONSE_SCHEMA = closedObject({
  op: { const: '/friendxml' },
  state: closedObject({
    users: {
      type: 'array',
      items: closedObject({
        name: { type: 'string' },
        id: { type: 'string' },
        email: { type: 'string' },
        context: CONTEXT_SCHEMA,
      }),
    },
    conferences: CONFERENCES,
    conferencetypes: STRINGS,
  }),
});
export type FriendXmlResponse = FromSchema<typeof FRIEND_XML_RESPONSE_SCHEMA>;

export const PUB_XML_RESPONSE_SCHEMA = closedObject({
  op: { const: '/pubxml' },
  state: closedObject({
    users: {
      type: 'array',
      items: closedObject({ name: { type: 'string' }, id: { type: 'string' }, context: CONTEXT_SCHEMA }),
    },
    conferences: CONFERENCES,
    conferencetypes: STRINGS,
  }),
});
export type PubXmlResponse = FromSchema<typeof PUB_XML_RESPONSE_SCHEMA>;

/** `GET /api/recordings`, `GET /api/recordings/find/:s` and `GET /fr/friendsrec` (whose op is spelt `friendserc`). */
export const RECORDINGS_LIST_RESPONSE_SCHEMA = closedObject({ op: OP, files: STRINGS });
export type RecordingsListResponse = FromSchema<typeof RECORDINGS_LIST_RESPONSE_SCHEMA>;

/** `POST /api/recordings/del` and `POST /fr/delfriendsrec`. */
export const RECORDINGS_DELETE_RESPONSE_SCHEMA = closedObject({
  op: { type: 'string', enum: ['api/recordings/del', 'delfriendsrec'] },
  done: STRINGS,
  failed: STRINGS,
});
export type RecordingsDeleteResponse = FromSchema<typeof RECORDINGS_DELETE_RESPONSE_SCHEMA>;

/** `{op: "store/<dir>" | "restore/<dir>", done, failed}`: one of done and failed is the empty string. */
export const MAINTENANCE_RESPONSE_SCHEMA = closedObject({
  op: OP,
  done: { type: 'string', description: 'the tarball written or restored; empty on failure' },
  failed: { type: 'string', description: 'why it failed; empty on success' },
});
export type MaintenanceResponse = FromSchema<typeof MAINTENANCE_RESPONSE_SCHEMA>;

export const USERS_REPROV_RESPONSE_SCHEMA = closedObject({
  op: { const: 'users/reprov' },
  done: USERS,
  failed: { type: 'array', items: closedObject({ error: { type: 'string' }, user: USER_SCHEMA }) },
});
export type UsersReprovResponse = FromSchema<typeof USERS_REPROV_RESPONSE_SCHEMA>;

export const REBUILD_CONTACTS_RESPONSE_SCHEMA = closedObject({
  op: { const: 'conferences/rebuildcontacts' },
  done: { type: 'string', format: 'date-time', description: 'when the contact lists were rebuilt' },
});
export type RebuildContactsResponse = FromSchema<typeof REBUILD_CONTACTS_RESPONSE_SCHEMA>;

/** Every error answer of the HTTP API. */
export const ERROR_RESPONSE_SCHEMA = closedObject({
  error: { type: 'string', description: 'what went wrong, never a stack trace' },
  code: { type: 'string', enum: ERROR_CODES, description: 'why, as a stable code (see the table of codes)' },
});
export type ErrorResponse = FromSchema<typeof ERROR_RESPONSE_SCHEMA>;
