import { Counter, Gauge, type Registry } from 'prom-client';
import type { Tally } from './tally';

/** A counter showing the sum of tallies under one label, read from them when scraped. */
export function talliedCounter(
  registry: Registry,
  metric: { name: string; help: string; label: string },
  ...tallies: Tally[]
): void {
  new Counter({
    name: metric.name,
    help: metric.help,
    labelNames: [metric.label],
    registers: [registry],
    collect() {
      this.reset();
      tallies.forEach((tally) => tally.addToCounter(this, metric.label));
    },
  });
}

/** A gauge showing a tally's counts under one label, read when scraped. */
export function talliedGauge(
  registry: Registry,
  metric: { name: string; help: string; label: string },
  tally: Tally,
): void {
  new Gauge({
    name: metric.name,
    help: metric.help,
    labelNames: [metric.label],
    registers: [registry],
    collect() {
      tally.setGauge(this, metric.label);
    },
  });
}

/** A counter without labels whose total is read when scraped. */
export function readCounter(
  registry: Registry,
  metric: { name: string; help: string },
  total: () => number,
): void {
  new Counter({
    ...metric,
    registers: [registry],
    collect() {
      this.reset();
      this.inc(total());
    },
  });
}

/** A gauge without labels whose value is read when scraped. */
export function readGauge(
  registry: Registry,
  metric: { name: string; help: string },
  value: () => number,
): void {
  new Gauge({
    ...metric,
    registers: [registry],
    collect() {
      this.set(value());
    },
  });
}
