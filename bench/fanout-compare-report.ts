import { ms } from './support/stats';
import type { Measured, Step } from './fanout-report';
import type { Pair } from './fanout-slices';

const LOSS_TARGET_PERCENT = 3;
const WIDTHS = [14, 10, 13, 9, 9, 9, 9];
const cells = (values: string[]) =>
  values.map((v, i) => (i === 0 ? v.padEnd(WIDTHS[i]!) : v.padStart(WIDTHS[i]!))).join('  ');
const percent = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(1)} %`;

/** Both sides' figures, one line each; `unit` names what the clients receive (deltas, frames). */
export function printSides(sides: Pair<{ name: string }>, measured: Pair<Measured>, unit = 'deltas'): void {
  console.log(cells(['', `${unit}/s`, 'delivered', 'p50', 'p99', 'CPU/1k', 'peak RSS']));
  measured.forEach(({ steps: [step], peakKb }, i) => {
    console.log(
      cells([
        sides[i]!.name,
        `${Math.round(step!.perSecond).toLocaleString('en')}/s`,
        `${step!.delivered}/${step!.expected}`,
        ms(step!.p50),
        ms(step!.p99),
        ms(step!.cpuPerThousand),
        `${(peakKb / 1024).toFixed(0)} MB`,
      ]),
    );
  });
  if (measured[0].closed + measured[1].closed > 0) {
    console.log(`clients closed by the server: ${measured[0].closed}, ${measured[1].closed}`);
  }
}

/** The first side's figures over the second's. */
export function ratios(a: Step, b: Step): { perSecond: number; p50: number; p99: number; cpu: number } {
  return {
    perSecond: a.perSecond / b.perSecond,
    p50: a.p50 / b.p50,
    p99: a.p99 / b.p99,
    cpu: a.cpuPerThousand / b.cpuPerThousand,
  };
}

/** Both sides' figures, then how the first compares with the second (its loss against it). */
export function printComparison(sides: Pair<{ name: string }>, measured: Pair<Measured>): void {
  printSides(sides, measured);
  const ratio = ratios(measured[0].steps[0]!, measured[1].steps[0]!);
  const loss = (1 - ratio.perSecond) * 100;
  const verdict = loss <= LOSS_TARGET_PERCENT ? 'met' : 'NOT met';
  console.log(
    `${sides[0].name} against ${sides[1].name}: deltas/s loss ${loss.toFixed(1)} % ` +
      `(target at most ${LOSS_TARGET_PERCENT} %: ${verdict}), p50 ${percent((ratio.p50 - 1) * 100)}, ` +
      `p99 ${percent((ratio.p99 - 1) * 100)}, CPU/1k ${percent((ratio.cpu - 1) * 100)}`,
  );
}
