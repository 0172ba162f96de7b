import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { User } from '@fscon/contracts';
import type { CookieTarget } from './session-cookie';

/** The Express additions to Node's request that the session code reads. */
export type HttpRequest = IncomingMessage & { ip?: string };

export interface RequestSession {
  token: string;
  user: User;
  expiresAt: number;
}

const sessions = new WeakMap<object, RequestSession>();

export function attachSession(request: object, session: RequestSession): void {
  sessions.set(request, session);
}

/** The browser session a request was authenticated by, if any. */
export function sessionOf(request: object): RequestSession | undefined {
  return sessions.get(request);
}

export function cookieTargetOf(request: HttpRequest): CookieTarget {
  return { secure: (request.socket as Partial<TLSSocket>).encrypted === true };
}

/**
 * The web client marks its requests with `X-Requested-With`. A page of another site cannot send that
 * header without a CORS preflight, which the connector never grants, so a state-changing request with it
 * is not a forged one.
 */
export function isFromScript(request: HttpRequest): boolean {
  return request.headers['x-requested-with'] !== undefined;
}

export function clientAddressOf(request: HttpRequest): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}
