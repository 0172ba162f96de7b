import {
  Injectable,
  Optional,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { tap, type Observable } from 'rxjs';
import { routeOf } from './http-metrics.middleware';
import { HttpMetrics, type AdminResult } from './metrics.ports';
import { NO_METRICS } from './no-metrics';

/** A write answer (WriteResponse) that lists elements it could not apply. */
function listsFailures(body: unknown): boolean {
  const failed = (body as { failed?: unknown } | null)?.failed;
  return Array.isArray(failed) && failed.length > 0;
}

function resultOf(status: number, failures: boolean): AdminResult {
  if (status >= 500) return 'failed';
  return status >= 400 || failures ? 'refused' : 'ok';
}

/** Counts the routes of an admin controller (`@UseInterceptors(AdminOperations)`) by route and result, once answered. */
@Injectable()
export class AdminOperations implements NestInterceptor {
  constructor(@Optional() private readonly metrics: HttpMetrics = NO_METRICS) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    let failures = false;
    response.once('finish', () =>
      this.metrics.adminOperation(routeOf(request), resultOf(response.statusCode, failures)),
    );
    return next.handle().pipe(tap((body) => (failures = listsFailures(body))));
  }
}
