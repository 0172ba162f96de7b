import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import type { MetricsConfig } from '../config/app-config';
import { constantTimeEqual } from '../auth/digest/constant-time';

export const METRICS_PATH = '/metrics';

/**
 * GET /metrics on a listener of its own (METRICS_HOST:METRICS_PORT), apart from the REST API and its
 * logins: scrapers need no user, and the figures never reach the public port. With METRICS_TOKEN set,
 * a request must carry `Authorization: Bearer <token>`.
 */
export class MetricsListener {
  private readonly server: Server;

  constructor(
    private readonly registry: Registry,
    private readonly config: MetricsConfig,
  ) {
    this.server = createServer((request, response) => void this.answer(request, response));
  }

  listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.config.port, this.config.host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
  }

  /** The port it listens on (METRICS_PORT=0 picks a free one). */
  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? '').split('?')[0];
    if (path !== METRICS_PATH) return end(response, 404, 'not found: the metrics are at /metrics\n');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      return end(response, 405, 'method not allowed\n');
    }
    if (!this.authorized(request.headers.authorization)) {
      response.setHeader('WWW-Authenticate', 'Bearer realm="fscon metrics"');
      return end(response, 401, 'a bearer token (METRICS_TOKEN) is required\n');
    }
    const text = await this.registry.metrics();
    response.setHeader('Content-Type', this.registry.contentType);
    response.setHeader('Cache-Control', 'no-store');
    response.end(request.method === 'HEAD' ? undefined : text);
  }

  private authorized(header: string | undefined): boolean {
    const { token } = this.config;
    if (token === undefined) return true;
    return header !== undefined && constantTimeEqual(header, `Bearer ${token}`);
  }
}

function end(response: ServerResponse, status: number, text: string): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.end(text);
}
