/**
 * A failure the caller can act on, with a stable code. The exception filter maps codes to HTTP
 * statuses; nothing below a controller throws HttpException.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
