import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openJetStreamJournal, openSqliteJournal, type JournalStore } from '@fscon/journal';
import { startNatsServer } from '../libs/journal/src/test-support/nats-server';
import { realisticEvent } from './support/journal-mix';
import { ms, summarize } from './support/stats';

const LATENCY_SAMPLES = 2000;
const BATCHES = [10, 100, 1000];
const THROUGHPUT_ENTRIES = 50_000;
const OPENED_ENTRIES = 100_000;

interface Side {
  readonly name: string;
  /** Opens the same journal again each time, a new one after `fresh`. */
  open(): Promise<JournalStore>;
  fresh(): void;
}

/** The heap in use after a full collection, when the benchmark runs with --expose-gc (`npm run bench` does). */
function heapUsed(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}

const perSecond = (count: number, elapsedMs: number) =>
  `${Math.round((count * 1000) / elapsedMs).toLocaleString('en')}/s`;

async function appendAwaited(journal: JournalStore, count: number, batch: number): Promise<number[]> {
  const took: number[] = [];
  for (let i = 0; i < count; i += batch) {
    const drafts = Array.from({ length: Math.min(batch, count - i) }, (_, j) =>
      realisticEvent(i + j, Date.now()),
    );
    const start = performance.now();
    const outcome = await journal.append(drafts, { durable: true }).flushed;
    if (!outcome.durable) throw new Error(`the journal failed: ${outcome.reason}`);
    took.push(performance.now() - start);
  }
  return took;
}

async function measure(side: Side): Promise<void> {
  side.fresh();
  const journal = await side.open();
  const latency = summarize(await appendAwaited(journal, LATENCY_SAMPLES, 1));
  console.log(
    `  ${side.name}: one entry until stored, median ${ms(latency.median)}, p99 ${ms(latency.p99)}, max ${ms(latency.max)}`,
  );
  for (const batch of BATCHES) {
    const start = performance.now();
    await appendAwaited(journal, THROUGHPUT_ENTRIES, batch);
    const elapsed = performance.now() - start;
    console.log(`  ${side.name}: ${batch} per turn, ${perSecond(THROUGHPUT_ENTRIES, elapsed)}`);
  }
  await journal.close();
  side.fresh();
  const filled = await side.open();
  await appendAwaited(filled, OPENED_ENTRIES, 1000);
  await filled.close();
  const heapBefore = heapUsed();
  const start = performance.now();
  const reopened = await side.open();
  const elapsed = performance.now() - start;
  const held = (heapUsed() - heapBefore) / 1024 / 1024;
  console.log(
    `  ${side.name}: opening a journal of ${OPENED_ENTRIES.toLocaleString('en')} entries ${ms(elapsed)}, ${held.toFixed(0)} MB more heap held while open`,
  );
  await reopened.close();
}

/**
 * The journal's two stores on this machine: the SQLite file (WAL) and a JetStream stream on a local
 * nats-server (file storage): how long an append waits until stored, appends per second at several
 * batch sizes per event-loop turn, and how long opening a journal of 100,000 entries takes (the
 * JetStream store reads them all into memory).
 */
export async function journalStoresBenchmark(): Promise<void> {
  console.log(
    `journal-stores: SQLite vs JetStream on loopback, load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'fscon-journal-stores-'));
  const nats = await startNatsServer();
  let files = 0;
  let streams = 0;
  try {
    await measure({
      name: 'SQLite',
      open: () => Promise.resolve(openSqliteJournal({ path: join(dir, `j${files}.db`) })),
      fresh: () => void files++,
    });
    await measure({
      name: 'JetStream',
      open: () => openJetStreamJournal({ url: nats.url, stream: `bench${streams}` }),
      fresh: () => void streams++,
    });
  } finally {
    await nats.remove();
    rmSync(dir, { recursive: true, force: true });
  }
}
