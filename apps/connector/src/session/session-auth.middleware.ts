import { Injectable, type NestMiddleware } from '@nestjs/common';
import { attachCaller } from '../auth/caller';
import { sessionTokenOf } from './session-cookie';
import { attachSession, cookieTargetOf, isFromScript, type HttpRequest } from './session-request';
import { Sessions } from './sessions';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Authenticates a request by its session cookie before the guards run: the caller it attaches is
 * what DigestAuthGuard then checks the route's contexts against, so a request without a valid
 * session falls through to Digest unchanged. A state-changing request counts as the session's only
 * when it comes from a script of the page (see isFromScript), on top of the cookie's SameSite=Strict.
 */
@Injectable()
export class SessionAuthMiddleware implements NestMiddleware<HttpRequest> {
  constructor(private readonly sessions: Sessions) {}

  use(request: HttpRequest, _response: unknown, next: () => void): void {
    const token = sessionTokenOf(request.headers.cookie, cookieTargetOf(request));
    const session = token === undefined ? undefined : this.sessions.find(token);
    if (token !== undefined && session !== undefined) {
      if (SAFE_METHODS.has(request.method ?? 'GET') || isFromScript(request)) {
        attachCaller(request, session.user);
        attachSession(request, { token, ...session });
      }
    }
    next();
  }
}
