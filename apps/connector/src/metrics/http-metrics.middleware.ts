import { performance } from 'node:perf_hooks';
import type { NextFunction, Request, Response } from 'express';
import { UNMATCHED_ROUTE, type HttpMetrics } from './metrics.ports';

/**
 * Nest runs middleware bound to every route (`forRoutes('{*path}')`) as an Express route of its own; a
 * request that no handler took keeps that one.
 */
const EVERY_ROUTE = /\{\*\w+\}$/;

/** The route pattern Express matched (`/api/users/:filter/:s`), or UNMATCHED_ROUTE: never the URL itself. */
export function routeOf(request: Request): string {
  const path = (request as Request & { route?: { path?: unknown } }).route?.path;
  return typeof path === 'string' && !EVERY_ROUTE.test(path) ? path : UNMATCHED_ROUTE;
}

/** Times every request of the main listener, from its arrival to the end of its answer. */
export function httpMetricsMiddleware(metrics: HttpMetrics) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const start = performance.now();
    response.once('finish', () =>
      metrics.requestServed(
        routeOf(request),
        request.method,
        response.statusCode,
        (performance.now() - start) / 1000,
      ),
    );
    next();
  };
}
