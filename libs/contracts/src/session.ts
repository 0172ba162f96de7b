import type { User } from './xml-state';

/** Body of POST /session: a browser login with the directory's name and password. */
export interface SessionLoginRequest {
  name: string;
  password: string;
}

/** Answer of POST /session and GET /session: who the session is for and when it ends (ISO time). */
export interface SessionResponse {
  user: Pick<User, 'id' | 'name' | 'context' | 'email'>;
  expiresAt: string;
}

/** Answer of GET /session/live-token: a single-use token for `/api/live?token=`, valid until `expiresAt`. */
export interface LiveTokenResponse {
  token: string;
  expiresAt: string;
}
