import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Subscription } from 'rxjs';
import { EventSocket } from '../event-socket.port';
import { LagProbe } from './lag-probe';

export const ESL_LAG_OPTIONS = Symbol('ESL_LAG_OPTIONS');

export interface EslLagOptions {
  /** A probe is sent this often while connected (none while one is still waiting). */
  probeIntervalMs: number;
  /** Above this lag the connector is not ready. */
  maxMs: number;
}

/** A command every switch answers at once, with no effect. */
const PROBE_COMMAND = 'version';

/** The probe waits for its answer as long as the connection lasts: that wait is what is measured. */
const NO_DEADLINE_MS = 2 ** 31 - 1;

/** The Event Socket's current lag (LagProbe), probed over the connection the connector uses. */
@Injectable()
export class EventSocketLag implements OnModuleInit, OnModuleDestroy {
  private readonly probe = new LagProbe(() => performance.now());
  private timer: NodeJS.Timeout | undefined;
  private subscription: Subscription | undefined;

  constructor(
    private readonly esl: EventSocket,
    @Inject(ESL_LAG_OPTIONS) private readonly options: EslLagOptions,
  ) {}

  onModuleInit(): void {
    this.subscription = this.esl.connection$.subscribe((state) => {
      this.stopProbing();
      if (state === 'connected') this.startProbing();
    });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
    this.stopProbing();
  }

  /** Milliseconds the connector is behind FreeSWITCH; 0 while not connected (nothing to be behind). */
  currentMs(): number {
    return this.esl.isConnected() ? this.probe.currentMs() : 0;
  }

  isBehind(): boolean {
    return this.currentMs() > this.options.maxMs;
  }

  private startProbing(): void {
    this.timer = setInterval(
      () => this.probe.probe(() => this.esl.api(PROBE_COMMAND, { timeoutMs: NO_DEADLINE_MS })),
      this.options.probeIntervalMs,
    );
    this.timer.unref();
  }

  private stopProbing(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.probe.reset();
  }
}
