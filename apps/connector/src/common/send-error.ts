import type { ErrorCode, ErrorResponse } from '@fscon/contracts';
import type { Response } from 'express';
import { ERROR_STATUS } from './error-status';

/** Answers `{error, code}` with the code's status. */
export function sendError(response: Response, code: ErrorCode, error: string): void {
  response.status(ERROR_STATUS[code]).json({ error, code } satisfies ErrorResponse);
}
