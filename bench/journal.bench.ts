import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { openSqliteJournal, type JournalEntry } from '@fscon/journal';
import { realisticEvent } from './support/journal-mix';
import { ms } from './support/stats';

const APPENDED = 200_000;
const BATCHES = [1, 10, 100, 1000];
const SIZED = 100_000;
const REPLAYED = 1_000_000;
const PAGE = 10_000;
const DAY_MS = 86_400_000;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const perSecond = (count: number, elapsedMs: number) =>
  `${Math.round((count * 1000) / elapsedMs).toLocaleString('en')}/s`;

/** Appends `count` realistic events, `batch` per event-loop turn, each turn's flush awaited. */
async function fill(path: string, count: number, batch: number, firstTime = Date.now()): Promise<number> {
  const journal = openSqliteJournal({ path });
  const start = performance.now();
  for (let i = 0; i < count; i += batch) {
    const size = Math.min(batch, count - i);
    const drafts = Array.from({ length: size }, (_, j) => realisticEvent(i + j, firstTime + i + j));
    const { flushed } = journal.append(drafts);
    const outcome = await flushed;
    if (!outcome.durable) throw new Error(`the journal failed: ${outcome.reason}`);
  }
  const elapsed = performance.now() - start;
  await journal.close();
  return elapsed;
}

/** Per conference, the members in it, as a live-state projection would keep them. */
function project(members: Map<string, number>, entry: JournalEntry): void {
  if (entry.subject?.type !== 'conference') return;
  const delta = entry.kind === 'member.joined' ? 1 : entry.kind === 'member.left' ? -1 : 0;
  if (delta !== 0) members.set(entry.subject.name, (members.get(entry.subject.name) ?? 0) + delta);
}

async function replay(path: string): Promise<{ elapsed: number; cpu: number; entries: number }> {
  const journal = openSqliteJournal({ path });
  const members = new Map<string, number>();
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  let seq = 0;
  let entries = 0;
  for (let page = journal.readAfter(seq, PAGE); page.length > 0; page = journal.readAfter(seq, PAGE)) {
    for (const entry of page) project(members, entry);
    entries += page.length;
    seq = page[page.length - 1].seq;
  }
  const elapsed = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  await journal.close();
  return { elapsed, cpu: (cpu.user + cpu.system) / 1000, entries };
}

async function prune(path: string, firstTime: number): Promise<void> {
  const before = statSync(path).size;
  const journal = openSqliteJournal({ path, now: () => firstTime + REPLAYED / 4 + 30 * DAY_MS });
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const start = performance.now();
  const byAge = await journal.prune({ maxAgeDays: 30 });
  const bySize = await journal.prune({ maxBytes: before / 2 });
  const elapsed = performance.now() - start;
  delay.disable();
  await journal.close();
  const after = statSync(path).size;
  for (const [name, report] of [
    ['maxAgeDays (a quarter of the entries)', byAge],
    ['maxBytes (half the file)', bySize],
  ] as const) {
    console.log(
      `  prune ${name}: ${report.deleted.toLocaleString('en')} entries in ${report.steps} steps, longest step ${ms(report.longestStepMs)}, ${mb(report.reclaimedBytes)} given back`,
    );
  }
  console.log(
    `  prune total ${ms(elapsed)}; event loop delay meanwhile: max ${ms(delay.max / 1e6)}; file ${mb(before)} → ${mb(after)}`,
  );
  const longest = Math.max(byAge.longestStepMs, bySize.longestStepMs);
  console.log(`  target longest prune step < 20 ms: ${longest < 20 ? 'met' : 'NOT met'}`);
}

/**
 * The SQLite journal store on a file: appends per second at several batch sizes (one batch per
 * event-loop turn), the file's size per 100,000 events of a realistic mix, the replay of 1,000,000
 * entries through readAfter pages into a projection, and the longest synchronous step of pruning.
 */
export async function journalBenchmark(): Promise<void> {
  console.log(
    `journal: SQLite journal store on ${tmpdir()} (WAL, synchronous NORMAL), load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'fscon-journal-bench-'));
  try {
    for (const batch of BATCHES) {
      const count = batch === 1 ? APPENDED / 10 : APPENDED;
      const elapsed = await fill(join(dir, `append-${batch}.db`), count, batch);
      console.log(
        `  append ${batch} per turn: ${perSecond(count, elapsed)} (${count.toLocaleString('en')} entries in ${ms(elapsed)})`,
      );
    }
    const sized = join(dir, 'sized.db');
    await fill(sized, SIZED, 100);
    console.log(
      `  file size per ${SIZED.toLocaleString('en')} events of the mix: ${mb(statSync(sized).size)}`,
    );

    const replayed = join(dir, 'replayed.db');
    const firstTime = Date.now() - 60 * DAY_MS;
    const filling = await fill(replayed, REPLAYED, 1000, firstTime);
    console.log(
      `  ${REPLAYED.toLocaleString('en')} entries written in ${ms(filling)}, file ${mb(statSync(replayed).size)}`,
    );
    const { elapsed, cpu, entries } = await replay(replayed);
    console.log(
      `  replay of ${entries.toLocaleString('en')} entries in pages of ${PAGE.toLocaleString('en')}: ${ms(elapsed)} (${perSecond(entries, elapsed)}), CPU time ${ms(cpu)}`,
    );
    console.log(`  target replay of 1,000,000 < 10 s: ${elapsed < 10_000 ? 'met' : 'NOT met'}`);
    await prune(replayed, firstTime);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
