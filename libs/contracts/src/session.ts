import type { FromSchema } from 'json-schema-to-ts';
import { closedObject } from './closed-object';
import { CONTEXT_SCHEMA } from './xml-state';

/** Body of POST /session: a browser login with the directory's name and password. */
export interface SessionLoginRequest {
  name: string;
  password: string;
}

/** Answer of POST /session and GET /session: who the session is for and when it ends (ISO time). */
export const SESSION_RESPONSE_SCHEMA = closedObject({
  user: closedObject({
    id: { type: 'string' },
    name: { type: 'string' },
    context: CONTEXT_SCHEMA,
    email: { type: 'string' },
  }),
  expiresAt: { type: 'string', format: 'date-time' },
});
export type SessionResponse = FromSchema<typeof SESSION_RESPONSE_SCHEMA>;

/** Answer of GET /session/live-token: a single-use token for `/api/live?token=`, valid until `expiresAt`. */
export const LIVE_TOKEN_RESPONSE_SCHEMA = closedObject({
  token: { type: 'string' },
  expiresAt: { type: 'string', format: 'date-time' },
});
export type LiveTokenResponse = FromSchema<typeof LIVE_TOKEN_RESPONSE_SCHEMA>;
