import type { IncomingMessage } from 'node:http';
import { json, urlencoded, type Request, type RequestHandler } from 'express';
import { DomainError } from '../common/domain-error';
import { nestsDeeperThan } from './json-depth';

/**
 * The largest JSON or form body: 1 MiB. A bulk add of 3,000 users of realistic size (names with
 * accents, company e-mail addresses, password, pin and MAC) is about 540 KB as compact JSON and
 * 670 KB pretty-printed with two spaces.
 */
export const BODY_LIMIT_BYTES = 1024 * 1024;
/** Deeper than any body of the API (arrays of flat objects) by far; deeper bodies are refused unparsed. */
export const MAX_JSON_DEPTH = 32;

/** The answer to a body past BODY_LIMIT_BYTES. */
export const bodyTooLarge = () =>
  new DomainError('BODY.TOO_LARGE', `the body is larger than the limit of ${BODY_LIMIT_BYTES} bytes (1 MiB)`);

/** What body-parser's errors carry (http-errors). */
interface ParserError {
  type?: string;
  status?: number;
  message?: string;
  charset?: string;
  encoding?: string;
}

function checkJson(_request: IncomingMessage, _response: unknown, body: Buffer, encoding: string): void {
  if (encoding !== 'utf-8')
    throw new DomainError(
      'BODY.UNSUPPORTED_MEDIA_TYPE',
      `JSON bodies must be UTF-8, not ${encoding.toUpperCase()}`,
    );
  if (nestsDeeperThan(body, MAX_JSON_DEPTH))
    throw new DomainError(
      'BODY.INVALID',
      `the body nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels`,
    );
}

/** A body-parser failure as a domain error with a stable code; anything else as it is. */
export function bodyError(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  const { type, status, message, charset, encoding } = error as ParserError;
  switch (type) {
    case 'entity.too.large':
      return bodyTooLarge();
    case 'parameters.too.many':
      return new DomainError('BODY.TOO_LARGE', 'the form has too many fields');
    case 'charset.unsupported':
      return new DomainError(
        'BODY.UNSUPPORTED_MEDIA_TYPE',
        `unsupported charset ${JSON.stringify(charset?.toUpperCase() ?? '')}: send UTF-8`,
      );
    case 'encoding.unsupported':
      return new DomainError(
        'BODY.UNSUPPORTED_MEDIA_TYPE',
        `unsupported content encoding ${JSON.stringify(encoding ?? '')}`,
      );
    case 'entity.parse.failed': {
      // The parser's message may quote the body, which may hold a password: only the position is kept.
      const position = /position (\d+)/.exec(message ?? '')?.[1];
      return new DomainError(
        'BODY.INVALID',
        `the body is not valid JSON${position ? ` (at position ${position})` : ''}`,
      );
    }
    default:
      if (typeof status === 'number' && status >= 400 && status < 500)
        return new DomainError('BODY.INVALID', `the body could not be read: ${message ?? 'bad request'}`);
      return error;
  }
}

/** Phone uploads: their routes read the body as bytes themselves (provisioning/raw-body.ts). */
export const readsOwnBody = (request: Request): boolean =>
  request.method === 'PUT' && request.path.startsWith('/polycom/');

/**
 * JSON and form bodies, read up to BODY_LIMIT_BYTES; their failures become domain errors (400, 413,
 * 415). Phones upload logs and directories with whatever content type they like; the provisioning
 * routes read those bodies as bytes, so no parser may consume them first.
 */
export function bodyParsers(): RequestHandler[] {
  const parsers = [
    json({ limit: BODY_LIMIT_BYTES, verify: checkJson }),
    urlencoded({ limit: BODY_LIMIT_BYTES, extended: false }),
  ];
  return parsers.map(
    (parser): RequestHandler =>
      (request, response, next) =>
        readsOwnBody(request)
          ? next()
          : parser(request, response, (error?: unknown) =>
              error === undefined ? next() : next(bodyError(error)),
            ),
  );
}
