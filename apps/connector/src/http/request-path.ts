import type { Request } from 'express';

const MAX_LENGTH = 200;

/** The request's path for a log line: never its query, which may carry credentials; long ones cut. */
export function requestPath(request: Request | undefined): string {
  const path = (request?.originalUrl ?? '').split('?')[0]!;
  return path.length > MAX_LENGTH ? `${path.slice(0, MAX_LENGTH)}…` : path;
}
