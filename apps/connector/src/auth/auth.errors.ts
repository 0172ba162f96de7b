import { HttpException } from '@nestjs/common';
import type { AuthErrorCode } from '@fscon/contracts';
import { ERROR_STATUS } from '../common/error-status';

/**
 * A refused request, answered by the error filter as `{error, code}`; response headers
 * (`WWW-Authenticate`, `Retry-After`) are set by the guard before it throws.
 */
export class AuthException extends HttpException {
  constructor(
    readonly code: AuthErrorCode,
    message: string,
  ) {
    super({ error: message, code }, ERROR_STATUS[code]);
    this.message = message;
    this.name = 'AuthException';
  }
}
