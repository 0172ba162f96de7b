import type {
  AuthErrorCode,
  ErrorCode,
  EslErrorCode,
  HttpErrorCode,
  InternalErrorCode,
} from '@fscon/contracts';

/** The codes a domain failure can carry: all but those of the Event Socket, the login and the HTTP layer. */
export type DomainErrorCode = Exclude<
  ErrorCode,
  EslErrorCode | AuthErrorCode | HttpErrorCode | InternalErrorCode
>;

/**
 * A failure the caller can act on, with a stable code. The exception filter maps codes to HTTP
 * statuses (ERROR_STATUS); nothing below a controller throws HttpException.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
