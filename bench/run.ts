import 'reflect-metadata';
import { bulkBenchmark } from './bulk.bench';
import { fanoutBenchmark } from './fanout.bench';
import { logContextBenchmark } from './log-context.bench';
import { journalBenchmark } from './journal.bench';
import { restartBenchmark } from './restart.bench';
import { xmlStateBenchmark } from './xmlstate.bench';

const BENCHMARKS: Record<string, () => Promise<void>> = {
  xmlstate: xmlStateBenchmark,
  fanout: fanoutBenchmark,
  bulk: bulkBenchmark,
  restart: restartBenchmark,
  logcontext: logContextBenchmark,
  journal: journalBenchmark,
};

/** `npm run bench` runs every benchmark; `npm run bench -- NAME ...` runs the named ones. */
async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const unknown = names.filter((name) => !(name in BENCHMARKS));
  if (unknown.length > 0) {
    throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS).join(', ')}`);
  }
  for (const name of names.length > 0 ? names : Object.keys(BENCHMARKS)) await BENCHMARKS[name]();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
