import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import { HTTP_ERRORS, type ErrorCode, type ErrorResponse } from '@fscon/contracts';
import type { Request, Response } from 'express';
import { AuthException } from '../auth/auth.errors';
import { EslError } from '../esl/esl.errors';
import { requestPath } from '../http/request-path';
import { DomainError } from './domain-error';
import { ERROR_STATUS } from './error-status';
import { sendError } from './send-error';

/** The code of a refusal of the HTTP layer by its status; a 4xx status without a code of its own is a bad request. */
function httpCodeOf(status: number): ErrorCode {
  if (status >= 500) return 'INTERNAL';
  return HTTP_ERRORS.find((code) => ERROR_STATUS[code] === status) ?? 'HTTP.BAD_REQUEST';
}

function messageOf(exception: HttpException): string {
  const body = exception.getResponse();
  if (typeof body === 'string') return body;
  const message =
    (body as { message?: unknown; error?: unknown }).message ?? (body as { error?: unknown }).error;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

/**
 * A client error raised by Express or its middleware (http-errors: a `status` below 500, `expose`
 * true), such as a path parameter that is not valid percent-encoding.
 */
function clientErrorOf(exception: unknown): ErrorResponse | undefined {
  if (!(exception instanceof Error)) return undefined;
  const { status, expose } = exception as Error & { status?: unknown; expose?: unknown };
  if (typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  return { code: httpCodeOf(status), error: expose === true ? exception.message : 'bad request' };
}

const INTERNAL: ErrorResponse = { code: 'INTERNAL', error: 'internal error' };

/** Codes of failures that only mean the client closed the connection (Express: a file being sent). */
const CLIENT_GONE = new Set(['ECONNABORTED', 'ECONNRESET', 'EPIPE']);

function isClientGone(exception: unknown): boolean {
  return CLIENT_GONE.has((exception as { code?: unknown } | undefined)?.code as string);
}

/** The request's method and path (never its query, which may carry credentials), quoted for a log line. */
function requestLine(request: Request | undefined): string {
  return `${request?.method ?? '?'} ${JSON.stringify(requestPath(request))}`;
}

/**
 * Every error leaves the server as JSON `{error, code}` with the code's status (ERROR_STATUS) and no
 * stack trace. A server
 * fault (5xx) is logged with its stack; a client error, or a client that went away, is one warning
 * line (failed logins are logged where they are decided).
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    if (isClientGone(exception)) {
      this.logger.warn(`${requestLine(http.getRequest<Request>())}: the client closed the connection`);
      return;
    }
    const { code, error } = this.describe(exception);
    const status = ERROR_STATUS[code];
    if (status >= 500) this.logger.error(`${status}: ${error}`, (exception as Error)?.stack);
    else if (!(exception instanceof AuthException))
      this.logger.warn(`${status} ${requestLine(http.getRequest<Request>())}: ${error.slice(0, 300)}`);
    if (response.headersSent) return;
    sendError(response, code, error);
  }

  private describe(exception: unknown): ErrorResponse {
    if (
      exception instanceof DomainError ||
      exception instanceof EslError ||
      exception instanceof AuthException
    ) {
      return { code: exception.code, error: exception.message };
    }
    if (exception instanceof HttpException) {
      const code = httpCodeOf(exception.getStatus());
      return code === 'INTERNAL' ? INTERNAL : { code, error: messageOf(exception) };
    }
    return clientErrorOf(exception) ?? INTERNAL;
  }
}
