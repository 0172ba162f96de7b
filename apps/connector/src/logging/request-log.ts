import { performance } from 'node:perf_hooks';
import { Logger } from '@nestjs/common';
import type { Request, RequestHandler, Response } from 'express';
import { callerOf } from '../auth/caller';
import { requestPath } from '../http/request-path';
import { withLogContext, type LogContext } from './log-context';
import { REQUEST_ID_HEADER, requestIdOf } from './request-id';

const contexts = new WeakMap<Request, LogContext>();

/**
 * Gives each HTTP request its id (the caller's X-Request-Id when safe, else a new one), sends it back
 * in the response, runs the request as that id's log context and logs one line when the response is
 * done: method, route pattern (never the query, which may carry credentials), status, duration, caller.
 */
export function identifyRequests(logger = new Logger('HTTP')): RequestHandler {
  return (request, response, next) => {
    const context: LogContext = { reqId: requestIdOf(request.headers[REQUEST_ID_HEADER.toLowerCase()]) };
    contexts.set(request, context);
    response.setHeader(REQUEST_ID_HEADER, context.reqId);
    const started = performance.now();
    response.once('close', () =>
      withLogContext(context, () => logger.log(requestLine(request, response, started))),
    );
    withLogContext(context, next);
  };
}

/**
 * Enters the request's log context again: body parsers call on from the connection's events, which
 * run outside it. Goes after them.
 */
export function keepRequestContext(): RequestHandler {
  return (request, _response, next) => {
    const context = contexts.get(request);
    if (context) withLogContext(context, next);
    else next();
  };
}

function requestLine(request: Request, response: Response, started: number): Record<string, unknown> {
  const route = routeOf(request);
  const durationMs = Math.round((performance.now() - started) * 10) / 10;
  const caller = callerOf(request)?.name;
  const aborted = !response.writableFinished;
  return {
    msg: `${request.method} ${route} ${response.statusCode}${aborted ? ' (aborted)' : ''} in ${durationMs} ms`,
    method: request.method,
    route,
    status: response.statusCode,
    durationMs,
    ...(caller !== undefined && { caller }),
    ...(aborted && { aborted }),
  };
}

/** The route's pattern (`/api/users/:id`), or for a request no route took, its path (bounded). */
function routeOf(request: Request): string {
  const pattern = (request.route as { path?: unknown } | undefined)?.path;
  return typeof pattern === 'string' ? request.baseUrl + pattern : requestPath(request);
}
