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
import { ReconnectBackoff } from './reconnect-backoff';

/**
 * The EventSocket over modesl: one connection at a time, reconnecting forever with backoff once
 * started, until close(). Commands are accepted only while connected.
 */
export class ModeslEventSocket extends EventSocket implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('EventSocket');
  private readonly state = new BehaviorSubject<EslConnectionState>('disconnected');
  private readonly received = new Subject<EslEvent>();
  private readonly timings: EslTimings;
  private readonly backoff: ReconnectBackoff;
  private readonly commandTimeoutMs: number;
  private readonly commands: EslCommands;
  private readonly address: string;
  private session: EslSession | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private attempts = 0;
  private lifecycle: 'idle' | 'running' | 'closed' = 'idle';

  readonly events$ = this.received.asObservable();
  readonly connection$ = this.state.asObservable();

  constructor(
    private readonly options: EslOptions,
    timings: Partial<EslTimings> = {},
  ) {
    super();
    this.timings = { ...DEFAULT_ESL_TIMINGS, ...timings };
    this.backoff = new ReconnectBackoff(this.timings.reconnectInitialMs, this.timings.reconnectMaxMs);
    this.commandTimeoutMs = options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
    this.commands = new EslCommands(this.commandTimeoutMs);
    this.address = `${options.host}:${options.port}`;
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
    this.attempts += 1;
    this.setState('connecting');
    try {
      this.session = this.openSession();
    } catch (error) {
      // net.connect throws at once for an unusable address, such as a port out of range.
      this.onEnded(undefined, {
        kind: 'lost',
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
    this.backoff.reset();
    this.attempts = 0;
    this.logger.log(`Connected to FreeSWITCH at ${this.address}`);
    this.setState('connected');
  }

  private onEvent(event: EslEvent): void {
    this.commands.settleJob(event);
    this.received.next(event);
  }

  private onEnded(session: EslSession | undefined, end: EslSessionEnd): void {
    if (session !== this.session) {
      return;
    }
    this.session = undefined;
    this.commands.abortAll(`connection to FreeSWITCH lost: ${end.reason}`);
    if (end.kind === 'auth-failed') {
      this.logger.error(`Authentication to FreeSWITCH at ${this.address} failed: ${end.reason}`);
    } else if (this.isConnected()) {
      this.logger.warn(`Disconnected from FreeSWITCH at ${this.address}: ${end.reason}`);
    } else {
      this.logger.warn(`Could not connect to FreeSWITCH at ${this.address}: ${end.reason}`);
    }
    this.setState('disconnected');
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.lifecycle !== 'running') {
      return;
    }
    const delay = this.backoff.next();
    this.logger.log(`Reconnecting to ${this.address} in ${delay} ms (attempt ${this.attempts + 1})`);
    this.reconnectTimer = setTimeout(() => this.connect(), delay);
  }

  private setState(next: EslConnectionState): void {
    if (this.state.value !== next) {
      this.state.next(next);
    }
  }
}
