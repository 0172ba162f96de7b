import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  Inject,
  Injectable,
  Logger,
  Optional,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { withLogContext, type LogContext } from '../../logging/log-context';
import { REQUEST_ID_HEADER, requestIdOf } from '../../logging/request-id';
import { TurnBatches } from '../fanout/turn-batches';
import { LIVE_OPTIONS, type LiveOptions } from '../live-options';
import { LiveLogin, type LiveLoginOutcome } from './live-login';
import { LiveRequests } from './live-requests';
import { LiveSocket } from './live-socket';
import { LiveSocketLog } from './live-socket-log';
import { parseLiveRequest, WRONG_FORMAT } from './parse-live-request';
import { refuseUpgrade } from './upgrade-refusal';
import { LiveMetrics, LoginMetrics } from '../../metrics/metrics.ports';
import { NO_METRICS } from '../../metrics/no-metrics';

export const LIVE_PATH = '/api/live';

/**
 * The live WebSocket at /api/live on the application's own HTTP(S) server. It drives `ws` directly
 * (noServer) instead of Nest's WsAdapter: the login is decided before the upgrade, so a refusal is a
 * real 401 and no socket exists for a stranger; the protocol routes on `req`, not on Nest's
 * `{event, data}`; and the gateway needs each raw connection for the send-queue bound (its unsent bytes),
 * its own pings, and ws's maxPayload, which closes an oversized frame with 1009.
 * Request URLs carry credentials, so nothing here logs them. Each socket's id is its upgrade request's
 * (X-Request-Id, sent back in the answer).
 */
@Injectable()
export class LiveGateway implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('LiveGateway');
  private readonly sockets = new Set<LiveSocket>();
  private readonly logContexts = new WeakMap<IncomingMessage, LogContext>();
  private readonly server: WebSocketServer;
  private httpServer: Server | undefined;
  private pingTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly login: LiveLogin,
    private readonly requests: LiveRequests,
    private readonly batches: TurnBatches,
    @Inject(LIVE_OPTIONS) private readonly options: LiveOptions,
    @Optional() private readonly metrics: LiveMetrics = NO_METRICS,
    @Optional() private readonly logins: LoginMetrics = NO_METRICS,
  ) {
    this.server = new WebSocketServer({
      noServer: true,
      maxPayload: options.maxFrameBytes,
      perMessageDeflate: false,
      clientTracking: false,
    });
    this.server.on('headers', (headers, request) => {
      const context = this.logContexts.get(request);
      if (context) headers.push(`${REQUEST_ID_HEADER}: ${context.reqId}`);
    });
  }

  onApplicationBootstrap(): void {
    this.httpServer = this.adapterHost.httpAdapter.getHttpServer() as Server;
    this.httpServer.on('upgrade', this.upgrade);
    this.pingTimer = setInterval(() => this.sockets.forEach((s) => s.ping()), this.options.pingIntervalMs);
  }

  onModuleDestroy(): void {
    clearInterval(this.pingTimer);
    this.httpServer?.off('upgrade', this.upgrade);
    this.sockets.forEach((socket) => socket.close(1001, 'server shutting down'));
    this.server.close();
  }

  /** How many live sockets are open. */
  get size(): number {
    return this.sockets.size;
  }

  private readonly upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const url = URL.parse(request.url ?? '', 'http://live');
    if (url === null || url.pathname !== LIVE_PATH) return refuseUpgrade(socket, 404);
    const address = request.socket.remoteAddress ?? 'unknown';
    const context: LogContext = { reqId: requestIdOf(request.headers[REQUEST_ID_HEADER.toLowerCase()]) };
    this.logContexts.set(request, context);
    withLogContext(context, () =>
      this.login.login(url.searchParams, address).then(
        (outcome) => this.answer(outcome, request, socket, head, address),
        (error: unknown) => {
          this.logger.error(`live login failed: ${(error as Error).stack ?? String(error)}`);
          refuseUpgrade(socket, 500, { [REQUEST_ID_HEADER]: context.reqId });
        },
      ),
    );
  };

  private answer(
    outcome: LiveLoginOutcome,
    request: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    address: string,
  ): void {
    const context = this.logContexts.get(request)!;
    const idHeader = { [REQUEST_ID_HEADER]: context.reqId };
    switch (outcome.kind) {
      case 'authenticated':
        this.server.handleUpgrade(request, socket, head, (ws) =>
          this.open(ws, socket, new LiveSocketLog(this.logger, context, outcome.user)),
        );
        return;
      case 'refused':
        this.logins.loginFailed('live');
        this.logger.warn(`live login refused from ${JSON.stringify(address)}`);
        return refuseUpgrade(socket, 401, idHeader);
      case 'rate-limited':
        this.logins.loginRateLimited('live');
        this.logger.warn(`live login refused from ${JSON.stringify(address)}: too many failed logins`);
        return refuseUpgrade(socket, 429, { ...idHeader, 'Retry-After': String(outcome.retryAfterSeconds) });
      case 'not-ready':
        return refuseUpgrade(socket, 503, idHeader);
      default: {
        const unhandled: never = outcome;
        return unhandled;
      }
    }
  }

  private open(ws: WebSocket, connection: Duplex, log: LiveSocketLog): void {
    const socket = new LiveSocket(
      ws,
      connection,
      log.user,
      this.batches,
      this.options.maxQueuedBytes,
      (_, why) => {
        this.metrics.clientDropped(why);
        log.ended(why);
      },
    );
    this.sockets.add(socket);
    this.metrics.clientOpened(socket.context);
    this.batches.add(socket);
    log.open();
    ws.on('message', (data, isBinary) => log.within(() => this.receive(socket, data, isBinary)));
    ws.on('error', (error) => log.failed(error));
    ws.on('close', (code, reason) => {
      this.sockets.delete(socket);
      this.batches.remove(socket);
      this.metrics.clientClosed(socket.context);
      log.close(code, reason);
    });
  }

  private receive(socket: LiveSocket, data: RawData, isBinary: boolean): void {
    const parsed = isBinary ? WRONG_FORMAT : parseLiveRequest(textOf(data));
    if ('error' in parsed) socket.send('error', { error: parsed.error, code: parsed.code });
    else this.requests.handle(socket, parsed.request);
  }
}

function textOf(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  return (Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data)).toString('utf8');
}
