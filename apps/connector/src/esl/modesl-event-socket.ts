import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { BehaviorSubject, Subject } from 'rxjs';
import {
  DEFAULT_COMMAND_TIMEOUT_MS,
  DEFAULT_ESL_TIMINGS,
  ESL_SUBSCRIPTION,
  type EslOptions,
  type EslTimings,
} from './esl.options';
import { EslSession, type EslSessionEnd } from './esl-session';
import {
  EventSocket,
  type EslCommandOptions,
  type EslConnectionState,
  type EslEvent,
} from './event-socket.port';
import { EslCommands } from './esl-commands';
import { OutageLog } from './outage-log';
import { ReconnectPolicy } from './reconnect-policy';
import type { EventSocketMetrics } from '../metrics/metrics.ports';
import { NO_METRICS } from '../metrics/no-metrics';

/**
 * The EventSocket over modesl: one connection at a time, reconnecting forever once started (as the
 * ReconnectPolicy says), until close(). Commands are accepted only while connected.
 */
export class ModeslEventSocket extends EventSocket implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly state = new BehaviorSubject<EslConnectionState>('disconnected');
  private readonly received = new Subject<EslEvent>();
  private readonly timings: EslTimings;
  private readonly policy: ReconnectPolicy;
  private readonly outageLog: OutageLog;
  private readonly commandTimeoutMs: number;
  private readonly commands: EslCommands;
  private session: EslSession | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private lifecycle: 'idle' | 'running' | 'closed' = 'idle';

  readonly events$ = this.received.asObservable();
  readonly connection$ = this.state.asObservable();

  constructor(
    private readonly options: EslOptions,
    timings: Partial<EslTimings> = {},
    private readonly metrics: EventSocketMetrics = NO_METRICS,
  ) {
    super();
    this.timings = { ...DEFAULT_ESL_TIMINGS, ...timings };
    this.policy = new ReconnectPolicy(this.timings);
    const address = `${options.host}:${options.port}`;
    this.outageLog = new OutageLog(new Logger('EventSocket'), address, this.timings.failureSummaryMs);
    this.commandTimeoutMs = options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
    this.commands = new EslCommands(this.commandTimeoutMs);
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.close();
  }

  /** Starts connecting; does nothing if already started or closed. */
  start(): void {
    if (this.lifecycle === 'idle') {
      this.lifecycle = 'running';
      this.connect();
    }
  }

  /** Closes the connection for good: pending commands reject with ESL.DISCONNECTED, streams complete. */
  async close(): Promise<void> {
    this.lifecycle = 'closed';
    clearTimeout(this.reconnectTimer);
    const session = this.session;
    this.session = undefined;
    this.commands.abortAll('the Event Socket adapter was closed');
    this.setState('disconnected');
    await session?.close();
    this.state.complete();
    this.received.complete();
  }

  isConnected(): boolean {
    return this.state.value === 'connected';
  }

  api(command: string, options?: EslCommandOptions): Promise<string> {
    return this.commands.api(this.connectedSession(), command, options);
  }

  bgapi(command: string, options?: EslCommandOptions): Promise<string> {
    return this.commands.bgapi(this.connectedSession(), command, options);
  }

  private connectedSession(): EslSession | undefined {
    return this.isConnected() ? this.session : undefined;
  }

  private connect(): void {
    this.setState('connecting');
    try {
      this.session = this.openSession();
    } catch (error) {
      // net.connect throws at once for an unusable address, such as a port out of range.
      this.onEnded(undefined, {
        kind: 'failed',
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  }

  private openSession(): EslSession {
    const session: EslSession = new EslSession(
      {
        host: this.options.host,
        port: this.options.port,
        password: this.options.password,
        subscription: ESL_SUBSCRIPTION,
        handshakeTimeoutMs: this.commandTimeoutMs,
        idleTimeoutMs: this.timings.idleTimeoutMs,
      },
      {
        ready: () => this.onReady(),
        event: (event) => this.onEvent(event),
        ended: (end) => this.onEnded(session, end),
      },
    );
    return session;
  }

  private onReady(): void {
    this.policy.reset();
    this.outageLog.connected();
    this.setState('connected');
  }

  private onEvent(event: EslEvent): void {
    this.metrics.eventRead(event);
    this.commands.settleJob(event);
    this.received.next(event);
    this.metrics.eventHandled();
  }

  private onEnded(session: EslSession | undefined, end: EslSessionEnd): void {
    if (session !== this.session) {
      return;
    }
    this.session = undefined;
    this.commands.abortAll(`connection to FreeSWITCH lost: ${end.reason}`);
    if (this.lifecycle === 'running') {
      const delay = this.policy.delayAfter(end.kind);
      this.outageLog.failed(end, this.isConnected(), delay);
      this.reconnectTimer = setTimeout(() => this.connect(), delay);
    }
    this.setState('disconnected');
  }

  private setState(next: EslConnectionState): void {
    if (this.state.value !== next) {
      if (next === 'connected' || this.state.value === 'connected') {
        this.metrics.connectionChanged(next === 'connected');
      }
      this.state.next(next);
    }
  }
}
