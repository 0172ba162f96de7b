import { Counter, Histogram, type Registry } from 'prom-client';
import type { AdminResult, HttpMetrics } from './metrics.ports';

/** REST requests by route pattern, method and status class; admin operations by route and result. */
export class PromHttpMetrics implements HttpMetrics {
  private readonly durations: Histogram<'route' | 'method' | 'status_class'>;
  private readonly admin: Counter<'route' | 'result'>;

  constructor(registry: Registry) {
    this.durations = new Histogram({
      name: 'fscon_http_request_duration_seconds',
      help: 'HTTP requests of the main listener, from arrival to the end of the answer, by route pattern (unmatched: no route), method, status class (2xx ...)',
      labelNames: ['route', 'method', 'status_class'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
    this.admin = new Counter({
      name: 'fscon_admin_operations_total',
      help: 'Admin operations (writes, rebuilds, backups, provisioning runs) by route pattern and result: ok, refused (4xx, or elements that failed), failed (5xx)',
      labelNames: ['route', 'result'],
      registers: [registry],
    });
  }

  requestServed(route: string, method: string, status: number, seconds: number): void {
    this.durations.observe({ route, method, status_class: `${Math.floor(status / 100)}xx` }, seconds);
  }

  adminOperation(route: string, result: AdminResult): void {
    this.admin.inc({ route, result });
  }
}
