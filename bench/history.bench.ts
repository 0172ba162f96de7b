import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { HistoryReplay, openSqliteHistory, type SqliteHistoryStore } from '@fscon/history';
import { openSqliteJournal } from '@fscon/journal';
import { ENTRIES_PER_TURN } from '../apps/connector/src/history/projection/history-follower';
import { historyEvent } from './support/history-mix';
import { sessionRows } from './support/history-sessions';
import { ms, percentile } from './support/stats';

const REPLAYED = 1_000_000;
const SIZED = 100_000;
const SESSIONS = 10_000;
const QUERIES = 200;
const DAY_MS = 86_400_000;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const count = (n: number) => n.toLocaleString('en');

async function fill(path: string, entries: number, firstTime: number): Promise<void> {
  const journal = openSqliteJournal({ path });
  for (let i = 0; i < entries; i += 1000) {
    const drafts = Array.from({ length: Math.min(1000, entries - i) }, (_, j) =>
      historyEvent(i + j, firstTime + i + j),
    );
    const outcome = await journal.append(drafts).flushed;
    if (!outcome.durable) throw new Error(`the journal failed: ${outcome.reason}`);
  }
  await journal.close();
}

/** Replays the journal into a new history, as the connector does: ENTRIES_PER_TURN per step. */
async function replay(journalPath: string, historyPath: string): Promise<void> {
  const journal = openSqliteJournal({ path: journalPath });
  const store = openSqliteHistory(historyPath);
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const replay = new HistoryReplay(store, journal);
  const steps: number[] = [];
  for (;;) {
    const stepStart = performance.now();
    if (replay.step(ENTRIES_PER_TURN) === 0) break;
    steps.push(performance.now() - stepStart);
  }
  const elapsed = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  const sessions = store.reads.sessions({}, { offset: 0, limit: 0 }).total;
  const audit = store.reads.audit({}, { offset: 0, limit: 0 }).total;
  store.close();
  await journal.close();
  steps.sort((a, b) => a - b);
  console.log(
    `  replay of ${count(replay.lastSeq)} entries into history and audit: ${ms(elapsed)}, CPU ${ms((cpu.user + cpu.system) / 1000)}; ${count(sessions)} sessions, ${count(audit)} audit entries, history file ${mb(statSync(historyPath).size)}`,
  );
  console.log(
    `  steps of ${ENTRIES_PER_TURN} entries (one event-loop turn in the connector): median ${ms(percentile(steps, 50))}, p95 ${ms(percentile(steps, 95))}, longest ${ms(steps[steps.length - 1])}`,
  );
  console.log(`  target replay of 1,000,000 < 10 s: ${elapsed < 10_000 ? 'met' : 'NOT met'}`);
}

function query(store: SqliteHistoryStore, now: number): void {
  const filter = { name: '301', from: now - 90 * DAY_MS, to: now - 30 * DAY_MS };
  const times: number[] = [];
  let shown = { total: 0, rows: 0 };
  for (let i = 0; i < QUERIES; i++) {
    const start = performance.now();
    const page = store.reads.sessions(filter, { offset: 50 * (i % 3), limit: 50 });
    times.push(performance.now() - start);
    shown = { total: page.total, rows: page.rows.length };
  }
  times.sort((a, b) => a - b);
  const p95 = percentile(times, 95);
  console.log(
    `  list page (name "301", 60 days, pages 1 to 3 of ${count(shown.total)} matches) over ${count(SESSIONS)} sessions: median ${ms(percentile(times, 50))}, p95 ${ms(p95)} (${QUERIES} queries)`,
  );
  console.log(`  target < 50 ms: ${p95 < 50 ? 'met' : 'NOT met'}`);
}

/**
 * History and audit: a replay of 1,000,000 journal entries of a realistic mix into both projections, a
 * list query with a name filter and a time range over 10,000 stored sessions, and the journal's size per
 * 100,000 entries of the mix.
 */
export async function historyBenchmark(): Promise<void> {
  console.log(
    `history: load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs, files on ${tmpdir()}`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'fscon-history-bench-'));
  try {
    const now = Date.now();
    const sized = join(dir, 'sized.sqlite');
    await fill(sized, SIZED, now);
    console.log(`  journal size per ${count(SIZED)} entries of the mix: ${mb(statSync(sized).size)}`);

    const journal = join(dir, 'journal.sqlite');
    await fill(journal, REPLAYED, now - 30 * DAY_MS);
    console.log(`  journal of ${count(REPLAYED)} entries: ${mb(statSync(journal).size)}`);
    await replay(journal, join(dir, 'journal.history.sqlite'));

    const store = openSqliteHistory(join(dir, 'queried.history.sqlite'));
    store.commit(sessionRows(SESSIONS, now), 0, { conferences: {}, users: null });
    query(store, now);
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
