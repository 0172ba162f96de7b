import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from './openapi-decorators';
import { ERROR_RESPONSE_SCHEMA } from '@fscon/contracts';
import { schemaObject } from './schema-object';

/**
 * The statuses the connector answers with `{error, code}`, and what each means. 409 is absent: no HTTP
 * route answers it (only the live WebSocket refuses a conflicting command).
 */
export const ERROR_DESCRIPTIONS = {
  400: 'bad input: a body that is not JSON, not of the documented shape, nested deeper than 32 levels or with more than 3,000 elements; a parameter that is not valid percent-encoding or not a plain name',
  401: 'not authenticated: no or wrong credentials (with a `WWW-Authenticate: Digest` challenge unless the request has `X-Requested-With`)',
  403: "the user's context may not use this route",
  404: 'not found',
  413: 'the body is larger than 1 MiB (after any Content-Encoding is undone), or an upload larger than its limit',
  415: 'a JSON body that is not UTF-8, or an unknown Content-Encoding',
  416: 'the range asked for starts past the end of the file (with `Content-Range`)',
  429: 'too many failed logins from this address or at this name (see `Retry-After`)',
  500: 'a fault of the connector (`internal error`); never caused by what a client sends',
  502: 'an answer from FreeSWITCH the connector cannot use',
  503: 'FreeSWITCH is not connected, no configuration has been loaded yet, or the connector is stopping',
  504: 'FreeSWITCH did not answer in time',
} as const;
export type ErrorStatus = keyof typeof ERROR_DESCRIPTIONS;

const HEADERS: Partial<Record<ErrorStatus, Record<string, { description: string; schema: object }>>> = {
  401: {
    'WWW-Authenticate': {
      description: 'Digest challenges (MD5 and SHA-256, qop=auth)',
      schema: { type: 'string' },
    },
  },
  429: {
    'Retry-After': { description: 'seconds until a login may be tried again', schema: { type: 'integer' } },
  },
};

/** The OpenAPI response of an error status: the `{error, code}` body and the headers that come with it. */
export function errorResponse(status: ErrorStatus) {
  return {
    description: ERROR_DESCRIPTIONS[status],
    ...(HEADERS[status] ? { headers: HEADERS[status] } : {}),
    content: { 'application/json': { schema: schemaObject(ERROR_RESPONSE_SCHEMA) } },
  };
}

/** Documents error answers a route gives beyond those every route of its kind gives (see route-access). */
export const ApiErrors = (...statuses: ErrorStatus[]) =>
  applyDecorators(...statuses.map((status) => ApiResponse({ status, ...errorResponse(status) })));
