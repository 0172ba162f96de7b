import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { EventLag } from './event-lag';
import { PromEventSocketMetrics } from './prom-event-socket-metrics';
import { PromHttpMetrics } from './prom-http-metrics';
import { PromLiveMetrics } from './prom-live-metrics';
import { PromLoginMetrics } from './prom-login-metrics';
import { PromXmlStateMetrics } from './prom-xml-state-metrics';

/** Event to delta is well under a millisecond when idle; the upper buckets catch a blocked event loop. */
const LAG_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];

/** Every instrument of the connector on one registry, with the process metrics of prom-client. */
export function createPromMetrics(registry = new Registry()) {
  collectDefaultMetrics({ register: registry });
  const histogram = new Histogram({
    name: 'fscon_live_event_lag_seconds',
    help: 'From reading an Event Socket event to handing its deltas to the live sockets',
    buckets: LAG_BUCKETS,
    registers: [registry],
  });
  const lag = new EventLag((seconds) => histogram.observe(seconds));
  return {
    registry,
    eventSocket: new PromEventSocketMetrics(registry, lag),
    live: new PromLiveMetrics(registry, lag),
    xmlState: new PromXmlStateMetrics(registry),
    logins: new PromLoginMetrics(registry),
    http: new PromHttpMetrics(registry),
  };
}

export type PromMetrics = ReturnType<typeof createPromMetrics>;
