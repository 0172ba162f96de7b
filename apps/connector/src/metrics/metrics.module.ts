import {
  Global,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
  type OnModuleInit,
  type Provider,
} from '@nestjs/common';
import type { MetricsConfig } from '../config/app-config';
import { EventSocketLag } from '../esl/lag/event-socket-lag';
import { MetricsListener } from './metrics-listener';
import { EventSocketMetrics, HttpMetrics, LiveMetrics, LoginMetrics, XmlStateMetrics } from './metrics.ports';
import { NO_METRICS } from './no-metrics';
import { createPromMetrics, type PromMetrics } from './prom-metrics';
import { readGauge } from './scraped-instruments';

/** The instruments, built when the application is (not for a preview, such as the API documents'). */
const PROM_METRICS = Symbol('PROM_METRICS');

/** The Event Socket lag gauge, read from EventSocketLag when scraped. */
const LAG_GAUGE = Symbol('LAG_GAUGE');

const PORTS = [EventSocketMetrics, LiveMetrics, XmlStateMetrics, LoginMetrics, HttpMetrics];

/** Opens the metrics listener with the application and closes it on shutdown. */
class MetricsLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(private readonly listener: MetricsListener) {}

  onModuleInit(): Promise<void> {
    return this.listener.listen();
  }

  onApplicationShutdown(): Promise<void> {
    return this.listener.close();
  }
}

/**
 * Prometheus metrics: the instruments behind the small interfaces of metrics.ports (injected where
 * things happen) and their listener. Without a config (METRICS_PORT=off) every interface is NO_METRICS
 * and no listener opens.
 */
@Global()
@Module({})
export class MetricsModule {
  static forRoot(config: MetricsConfig | undefined): DynamicModule {
    const providers: Provider[] = config === undefined ? offProviders() : onProviders(config);
    return { module: MetricsModule, providers, exports: PORTS };
  }
}

function offProviders(): Provider[] {
  return PORTS.map((port) => ({ provide: port, useValue: NO_METRICS }));
}

function onProviders(config: MetricsConfig): Provider[] {
  const from = (pick: (metrics: PromMetrics) => unknown) => ({
    useFactory: pick,
    inject: [PROM_METRICS],
  });
  return [
    { provide: PROM_METRICS, useFactory: () => createPromMetrics() },
    { provide: EventSocketMetrics, ...from((metrics) => metrics.eventSocket) },
    { provide: LiveMetrics, ...from((metrics) => metrics.live) },
    { provide: XmlStateMetrics, ...from((metrics) => metrics.xmlState) },
    { provide: LoginMetrics, ...from((metrics) => metrics.logins) },
    { provide: HttpMetrics, ...from((metrics) => metrics.http) },
    { provide: MetricsListener, ...from((metrics) => new MetricsListener(metrics.registry, config)) },
    {
      provide: LAG_GAUGE,
      useFactory: (metrics: PromMetrics, lag: EventSocketLag) =>
        readGauge(
          metrics.registry,
          {
            name: 'fscon_event_socket_lag_seconds',
            help: "How far the connector is behind FreeSWITCH's events: the last lag probe's round trip, or how long the probe under way has waited",
          },
          () => lag.currentMs() / 1000,
        ),
      inject: [PROM_METRICS, EventSocketLag],
    },
    {
      provide: MetricsLifecycle,
      useFactory: (listener: MetricsListener) => new MetricsLifecycle(listener),
      inject: [MetricsListener],
    },
  ];
}
