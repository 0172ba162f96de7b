import { HttpException, HttpStatus } from '@nestjs/common';

export type AuthErrorCode =
  'AUTH.UNAUTHENTICATED' | 'AUTH.WRONG_CONTEXT' | 'AUTH.RATE_LIMITED' | 'AUTH.NOT_READY';

const STATUS: Record<AuthErrorCode, HttpStatus> = {
  'AUTH.UNAUTHENTICATED': HttpStatus.UNAUTHORIZED,
  'AUTH.WRONG_CONTEXT': HttpStatus.FORBIDDEN,
  'AUTH.RATE_LIMITED': HttpStatus.TOO_MANY_REQUESTS,
  'AUTH.NOT_READY': HttpStatus.SERVICE_UNAVAILABLE,
};

/**
 * A refused request. The body is the API's `{error}` shape, which Nest's own exception filter sends as it is;
 * response headers (`WWW-Authenticate`, `Retry-After`) are set by the guard before it throws.
 */
export class AuthException extends HttpException {
  constructor(
    readonly code: AuthErrorCode,
    message: string,
  ) {
    super({ error: message }, STATUS[code]);
    this.message = message;
    this.name = 'AuthException';
  }
}
