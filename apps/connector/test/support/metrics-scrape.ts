import type { INestApplication } from '@nestjs/common';
import { MetricsListener } from '../../src/metrics/metrics-listener';

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*",?)*\})? (\S+)$/;
/** Float values as Go's ParseFloat, which Prometheus reads them with, takes them: NaN and Inf in any case. */
const VALUE = /^([+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?|[+-]?inf|nan)$/i;
const COMMENT = /^# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .+$/;

/** The samples of a Prometheus text exposition (0.0.4) by `name{labels}` as written; throws at a line that is not one. */
export function parseExposition(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || COMMENT.test(line)) continue;
    const sample = SAMPLE.exec(line);
    if (sample === null || !VALUE.test(sample[3]!)) {
      throw new Error(`not a sample line: ${JSON.stringify(line)}`);
    }
    samples.set(`${sample[1]}${sample[2] ?? ''}`, Number(sample[3]));
  }
  return samples;
}

/** The metrics listener's URL of a running connector. */
export function metricsUrl(app: INestApplication): string {
  return `http://127.0.0.1:${app.get(MetricsListener).port}/metrics`;
}

/** Scrapes the connector's metrics; `sample('fscon_x_total{a="b"}')` is 0 for a sample not (yet) shown. */
export async function scrape(app: INestApplication) {
  const response = await fetch(metricsUrl(app));
  if (response.status !== 200) throw new Error(`/metrics answered ${response.status}`);
  const samples = parseExposition(await response.text());
  return (name: string) => samples.get(name) ?? 0;
}
