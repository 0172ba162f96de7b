import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { EslError } from '../esl/esl.errors';
import { DomainError } from './domain-error';
import { statusForCode } from './error-status';

function messageOf(exception: HttpException): string {
  const body = exception.getResponse();
  if (typeof body === 'string') return body;
  const message =
    (body as { message?: unknown; error?: unknown }).message ?? (body as { error?: unknown }).error;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

/** Every error leaves the server as JSON `{error}` with a fitting status and no stack trace. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, error } = this.describe(exception);
    if (status >= 500) this.logger.error(`${status}: ${error}`, (exception as Error)?.stack);
    if (response.headersSent) return;
    response.status(status).json({ error });
  }

  private describe(exception: unknown): { status: number; error: string } {
    if (exception instanceof DomainError || exception instanceof EslError) {
      return { status: statusForCode(exception.code), error: exception.message };
    }
    if (exception instanceof HttpException) {
      return { status: exception.getStatus(), error: messageOf(exception) };
    }
    return { status: 500, error: 'internal error' };
  }
}
