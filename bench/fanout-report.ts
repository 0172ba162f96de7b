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

/** One round of one server with one client count: each rate, its peak memory, clients it closed. */
export interface Round {
  steps: StepSample[];
  peakKb: number;
  /** Clients the server closed during the round. */
  closed: number;
}

/** What one server did over its rounds: per rate, the median round's figures. */
export interface Measured {
  steps: Step[];
  peakKb: number;
  closed: number;
  /** Per rate, each round's p99 in order. */
  roundP99s: number[][];
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

/** The middle of the rounds' values (the project's one percentile rule). */
const median = (values: readonly number[]) => summarize(values).median;

/** One round's step with its latencies summarized once. */
type Summarized = StepSample & { latency: ReturnType<typeof summarize> };

/**
 * A rate over several rounds: the median of the rounds' rates and latencies, so that one round hit by a
 * stall of the machine (a virtual machine's stolen time shows as a burst of late deltas) does not decide
 * the figure; counts and CPU time summed.
 */
function combineSteps(samples: readonly Summarized[]): Step {
  const sum = (value: (sample: StepSample) => number) => samples.reduce((total, s) => total + value(s), 0);
  const delivered = sum((s) => s.delivered);
  return {
    rate: samples[0]!.rate,
    expected: sum((s) => s.expected),
    delivered,
    perSecond: median(samples.map((s) => s.delivered / s.seconds)),
    p50: median(samples.map((s) => s.latency.median)),
    p99: median(samples.map((s) => s.latency.p99)),
    rssPeakKb: Math.max(...samples.map((s) => s.rssPeakKb)),
    cpuPerThousand: (sum((s) => s.cpuMs) / delivered) * 1000,
  };
}

export function combineRounds(rounds: readonly Round[]): Measured {
  const rates = rounds[0]!.steps.map((_, i) =>
    rounds.map((round): Summarized => ({
      ...round.steps[i]!,
      latency: summarize(round.steps[i]!.latencies),
    })),
  );
  return {
    steps: rates.map(combineSteps),
    peakKb: Math.max(...rounds.map((round) => round.peakKb)),
    closed: rounds.reduce((total, round) => total + round.closed, 0),
    roundP99s: rates.map((samples) => samples.map((s) => s.latency.p99)),
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
  const rounds = (measured: Measured, i: number) =>
    measured.roundP99s[i]!.map((p99) => p99.toFixed(1)).join('/');
  const perRate = connector.steps.map(
    (c, i) => `${c.rate}/s connector ${rounds(connector, i)}, baseline ${rounds(baseline, i)}`,
  );
  console.log(`${''.padStart(8)}  p99 of each round in ms: ${perRate.join('; ')}`);
  if (connector.closed + baseline.closed > 0) {
    console.log(
      `${''.padStart(8)}  clients closed by the server: connector ${connector.closed}, baseline ${baseline.closed}`,
    );
  }
}
