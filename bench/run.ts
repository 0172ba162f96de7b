import 'reflect-metadata';
import { bulkBenchmark } from './bulk.bench';
import { fanoutBenchmark } from './fanout.bench';
import { logContextBenchmark } from './log-context.bench';
import { journalBenchmark } from './journal.bench';
import { journalStoresBenchmark } from './journal-stores.bench';
import { historyBenchmark } from './history.bench';
import { compareConnectors, parseEnv } from './fanout-compare.bench';
import { gatewayCompareBenchmark } from './gateway-compare.bench';
import { restartBenchmark } from './restart.bench';
import { resumeBenchmark } from './resume.bench';
import { xmlParseBenchmark } from './xmlparse.bench';
import { xmlStateBenchmark } from './xmlstate.bench';

const BENCHMARKS: Record<string, () => Promise<void>> = {
  xmlstate: xmlStateBenchmark,
  fanout: fanoutBenchmark,
  'fanout-metrics': () =>
    compareConnectors({
      title: 'fanout-metrics',
      sides: [
        { name: 'metrics on', env: { METRICS_PORT: '0' } },
        { name: 'metrics off', env: { METRICS_PORT: 'off' } },
      ],
      clients: 1000,
      rate: { rate: 500, slices: 40 },
    }),
  'fanout-talking': () =>
    compareConnectors({
      title: 'fanout-talking',
      sides: [
        {
          name: 'talking mix',
          env: {},
          talking: { talkers: 10, changesPerEvent: Number(process.env.BENCH_TALKING_CHANGES ?? 0.4) },
        },
        { name: "today's mix", env: {} },
      ],
      clients: 1000,
      rate: { rate: 500, slices: 40 },
      p99Within: 1.2,
    }),
  bulk: bulkBenchmark,
  restart: restartBenchmark,
  resume: resumeBenchmark,
  logcontext: logContextBenchmark,
  journal: journalBenchmark,
  'journal-stores': journalStoresBenchmark,
  history: historyBenchmark,
  xmlparse: xmlParseBenchmark,
};

/** Run only when named. */
const ON_REQUEST: Record<string, () => Promise<void>> = {
  'fanout-compare': () =>
    compareConnectors({
      title: 'fanout-compare',
      sides: [
        { name: 'A', env: parseEnv(process.env.BENCH_A_ENV) },
        { name: 'B', env: parseEnv(process.env.BENCH_B_ENV) },
      ],
      clients: Number(process.env.BENCH_CLIENTS ?? 1000),
      rate: { rate: Number(process.env.BENCH_RATE ?? 500), slices: Number(process.env.BENCH_SLICES ?? 40) },
    }),
  'gateway-compare': gatewayCompareBenchmark,
};

/**
 * `npm run bench` runs every benchmark; `npm run bench -- NAME ...` runs the named ones. `fanout-compare`
 * measures two connector configurations given as BENCH_A_ENV and BENCH_B_ENV (`KEY=value ...`);
 * `gateway-compare` measures the live fan-out on a NestJS gateway against ours. `fanout-talking` fires
 * BENCH_TALKING_CHANGES talking changes per member event (0.4 by default: 200 a second at 500 events/s,
 * far more than the real switch's stop-talking delay of about 0.75 s lets 10 members make).
 */
async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const known = { ...BENCHMARKS, ...ON_REQUEST };
  const unknown = names.filter((name) => !(name in known));
  if (unknown.length > 0) {
    throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(known).join(', ')}`);
  }
  for (const name of names.length > 0 ? names : Object.keys(BENCHMARKS)) await known[name]!();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
