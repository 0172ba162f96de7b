import {
  Global,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
  type OnModuleInit,
  type Provider,
} from '@nestjs/common';
import type { MetricsConfig } from '../config/app-config';
import { MetricsListener } from './metrics-listener';
import { EventSocketMetrics, HttpMetrics, LiveMetrics, LoginMetrics, XmlStateMetrics } from './metrics.ports';
import { NO_METRICS } from './no-metrics';
import { createPromMetrics } from './prom-metrics';

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
  const metrics = createPromMetrics();
  const listener = new MetricsListener(metrics.registry, config);
  return [
    { provide: EventSocketMetrics, useValue: metrics.eventSocket },
    { provide: LiveMetrics, useValue: metrics.live },
    { provide: XmlStateMetrics, useValue: metrics.xmlState },
    { provide: LoginMetrics, useValue: metrics.logins },
    { provide: HttpMetrics, useValue: metrics.http },
    { provide: MetricsListener, useValue: listener },
    { provide: MetricsLifecycle, useFactory: () => new MetricsLifecycle(listener) },
  ];
}
