import { ms, summarize } from './support/stats';

/** One step as measured: how many deltas arrived over how long, their latencies, the server's cost. */
export interface StepSample {
  rate: number;
  expected: number;
  delivered: number;
  seconds: number;
  latencies: number[];
  rssPeakKb: number;
  cpuMs: number;
}

/** What one server did: per rate, the figures of all its slices taken together. */
export interface Measured {
  steps: Step[];
  peakKb: number;
  /** Clients the server closed during the run. */
  closed: number;
  /** Per rate, each slice's p99 in order. */
  sliceP99s: number[][];
}

export interface Step {
  rate: number;
  expected: number;
  delivered: number;
  perSecond: number;
  p50: number;
  p99: number;
  rssPeakKb: number;
  /** The server's CPU time per 1,000 deltas delivered. */
  cpuPerThousand: number;
}

/** A rate over its slices: deltas over the slices' summed time, the percentiles of every latency. */
function combineStep(samples: readonly StepSample[]): Step {
  const sum = (value: (sample: StepSample) => number) => samples.reduce((total, s) => total + value(s), 0);
  const delivered = sum((s) => s.delivered);
  const latency = summarize(samples.flatMap((s) => s.latencies));
  return {
    rate: samples[0]!.rate,
    expected: sum((s) => s.expected),
    delivered,
    perSecond: delivered / sum((s) => s.seconds),
    p50: latency.median,
    p99: latency.p99,
    rssPeakKb: Math.max(...samples.map((s) => s.rssPeakKb)),
    cpuPerThousand: (sum((s) => s.cpuMs) / delivered) * 1000,
  };
}

/** `slices`: per rate, the samples of one server's slices. */
export function combineSlices(
  slices: readonly (readonly StepSample[])[],
  run: { peakKb: number; closed: number },
): Measured {
  return {
    steps: slices.map(combineStep),
    ...run,
    sliceP99s: slices.map((samples) => samples.map((s) => summarize(s.latencies).p99)),
  };
}

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const perSecond = (n: number) => `${Math.round(n).toLocaleString('en')}/s`;
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
const cells = (widths: number[], values: string[]) => values.map((v, i) => v.padStart(widths[i]!)).join('  ');
const WIDTHS = [8, 9, 11, 17, 9, 9, 8, 11, 9, 9, 8, 15, 13];

export function printHeader(): void {
  console.log(
    cells(WIDTHS, [
      'clients',
      'events/s',
      'deltas/s',
      'delivered',
      'p50',
      'p99',
      'CPU/1k',
      'base d/s',
      'base p50',
      'base p99',
      'CPU/1k',
      'd/s vs base',
      'p99 vs base',
    ]),
  );
}

export function report(clients: number, connector: Measured, baseline: Measured): void {
  connector.steps.forEach((c, i) => {
    const b = baseline.steps[i]!;
    const throughput = c.perSecond / b.perSecond;
    const p99 = c.p99 / b.p99;
    console.log(
      cells(WIDTHS, [
        String(clients),
        String(c.rate),
        perSecond(c.perSecond),
        `${c.delivered}/${c.expected}`,
        ms(c.p50),
        ms(c.p99),
        ms(c.cpuPerThousand),
        perSecond(b.perSecond),
        ms(b.p50),
        ms(b.p99),
        ms(b.cpuPerThousand),
        `${(throughput * 100).toFixed(0)} % ${verdict(throughput >= 0.9)}`,
        `${p99.toFixed(2)}× ${verdict(p99 <= 1.5)}`,
      ]),
    );
  });
  const steps = connector.steps.map((c) => mb(c.rssPeakKb)).join(', ');
  const target = clients >= 1000 ? `; target under 300 MB ${verdict(connector.peakKb < 300 * 1024)}` : '';
  console.log(
    `${''.padStart(8)}  peak RSS with ${clients} clients: connector ${mb(connector.peakKb)} ` +
      `(per step ${steps})${target}; baseline ${mb(baseline.peakKb)}`,
  );
  const slices = (measured: Measured, i: number) => {
    const { min, median, max } = summarize(measured.sliceP99s[i]!);
    return [min, median, max].map((p99) => p99.toFixed(1)).join('/');
  };
  const perRate = connector.steps.map(
    (c, i) => `${c.rate}/s connector ${slices(connector, i)}, baseline ${slices(baseline, i)}`,
  );
  console.log(`${''.padStart(8)}  slices' p99 in ms, least/median/most: ${perRate.join('; ')}`);
  if (connector.closed + baseline.closed > 0) {
    console.log(
      `${''.padStart(8)}  clients closed by the server: connector ${connector.closed}, baseline ${baseline.closed}`,
    );
  }
}
