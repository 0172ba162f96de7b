import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { CONTEXTS, type Context } from '@fscon/contracts';
import { startSimulator, type Simulator } from '@fscon/fs-simulator';
import WebSocket from 'ws';
import { ClientPool } from './fanout-clients';
import type { ServerProcess } from './fanout-processes';
import { combineSlices, type Measured, type StepSample } from './fanout-report';
import { createConfWorkspace, type ConfWorkspace } from '../apps/demo/src/conf-workspace';
import { collectHarnessGarbage } from './support/harness-gc';

/** A rate with the number of slices it is measured in. */
export interface SlicedRate {
  rate: number;
  slices: number;
}

/** Each side's share of a rate is measured in slices of SLICE_MS, interleaved with the other side's. */
export const SLICE_MS = 1500;
/** Before each slice, the same rate runs this long unmeasured, so that no slice pays for the change. */
export const WARM_UP_MS = 300;
/**
 * Once per client count, each side runs this long unmeasured at the first rate (the lowest) before its
 * first slice, so that a server that cannot keep up with a higher rate does not begin with a backlog.
 */
const FIRST_WARM_UP_MS = 2000;
const DRAIN_MS = 6000;
/**
 * A server still behind its load after DRAIN_MS goes on with its backlog until its clients have heard
 * nothing for QUIET_MS (at most BACKLOG_MS), so that its backlog does not run into the other's next slice.
 */
const QUIET_MS = 500;
const BACKLOG_MS = 60000;
/** How often the load fires the events that are due. */
export const TICK_MS = 5;

/** What has a server send frames, and knows which its clients should receive and when they were sent. */
export interface SliceLoad {
  /** Per context, how many of the events fired since the last reset its clients should receive. */
  readonly visible: Record<Context, number>;
  /** Called once, when the clients are connected. */
  start(): void;
  fireEvents(count: number): void;
  /** Forgets what was fired so far (between steps). */
  reset(): void;
  /** Milliseconds from the sending of a received frame to `receivedAt` (performance.now()), if it tells. */
  latencyOf(text: string, receivedAt: number): number | undefined;
  /** Whether a received frame counts as delivered (all do without it). */
  counts?(data: Buffer): boolean;
}

/** One server under test with what drives and watches it. */
export interface Contestant {
  server: ServerProcess;
  load: SliceLoad;
  pool: ClientPool;
}

/** Two sides, the first and the second. */
export type Pair<T> = readonly [T, T];

/**
 * The order of `count` slices (a multiple of four) as indexes of the two sides: both servers run side by
 * side, each with its own simulator and clients, and take turns in blocks of first, second, second,
 * first, so that a stretch of a slower machine (a virtual machine's stolen time comes and goes over
 * seconds) falls on both alike.
 */
export function sliceOrder(count: number): (0 | 1)[] {
  return Array.from({ length: count }, (_, i) => (i % 4 === 0 || i % 4 === 3 ? 0 : 1));
}

/** A block of four slices as the letters of the sides, e.g. ABBA for 'AB'. */
export function sliceBlock(letters: string): string {
  return sliceOrder(4)
    .map((side) => letters[side])
    .join('');
}

/**
 * Fires `rate` events a second for `emitMs` and waits until every client has its deltas (or DRAIN_MS more,
 * then for its backlog).
 */
async function step({ load, pool, server }: Contestant, rate: number, emitMs: number): Promise<StepSample> {
  load.reset();
  pool.reset();
  let rssPeakKb = 0;
  const sampler = setInterval(() => (rssPeakKb = Math.max(rssPeakKb, server.memory().rssKb)), 50);
  const total = (rate * emitMs) / 1000;
  const cpuBefore = server.cpuMs();
  const start = performance.now();
  let fired = 0;
  while (fired < total) {
    const due = Math.min(total, Math.floor((rate * (performance.now() - start)) / 1000));
    load.fireEvents(due - fired);
    fired = due;
    await sleep(TICK_MS);
  }
  const expected = CONTEXTS.reduce((sum, c) => sum + load.visible[c] * pool.perContext[c], 0);
  const deadline = performance.now() + DRAIN_MS;
  while (pool.received < expected && performance.now() < deadline) await sleep(10);
  clearInterval(sampler);
  const sample = {
    rate,
    expected,
    delivered: pool.received,
    seconds: (Math.max(pool.lastReceivedAt, start + 1) - start) / 1000,
    latencies: [...pool.latencies],
    rssPeakKb,
    cpuMs: server.cpuMs() - cpuBefore,
  };
  if (sample.delivered < expected) await finishBacklog(pool);
  return sample;
}

async function finishBacklog(pool: ClientPool): Promise<void> {
  const deadline = performance.now() + BACKLOG_MS;
  let heard = -1;
  while (pool.received !== heard && performance.now() < deadline) {
    heard = pool.received;
    await sleep(QUIET_MS);
  }
}

async function until(ready: () => Promise<unknown>): Promise<void> {
  for (let tries = 0; ; tries++) {
    try {
      await ready();
      return;
    } catch (error) {
      if (tries > 200) throw error;
      await sleep(100);
    }
  }
}

function opens(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once('open', () => (socket.close(), resolve()));
    socket.once('error', reject);
    socket.once('unexpected-response', () => (socket.terminate(), reject(new Error('refused'))));
  });
}

/** A server with `clients` connected clients of its own, driven by its own load. */
export async function enter(
  server: ServerProcess,
  query: (context: Context) => string,
  clients: number,
  load: SliceLoad,
): Promise<Contestant> {
  await until(() => opens(server.url(query('team'))));
  const pool = await ClientPool.open(
    clients,
    (context) => server.url(query(context)),
    (text, receivedAt) => load.latencyOf(text, receivedAt),
    load.counts?.bind(load),
  );
  load.start();
  await sleep(300);
  return { server, load, pool };
}

/** Every rate, in slices taken in turn by the two servers; per side and rate, the samples of its slices. */
async function measureSlices(
  contestants: Pair<Contestant>,
  rates: readonly SlicedRate[],
): Promise<Pair<StepSample[][]>> {
  const slices: Pair<StepSample[][]> = [[], []];
  for (const contestant of contestants) await step(contestant, rates[0]!.rate, FIRST_WARM_UP_MS);
  for (const { rate, slices: count } of rates) {
    const samples: Pair<StepSample[]> = [[], []];
    for (const side of sliceOrder(count)) {
      collectHarnessGarbage();
      await step(contestants[side], rate, WARM_UP_MS);
      samples[side].push(await step(contestants[side], rate, SLICE_MS));
    }
    slices[0].push(samples[0]);
    slices[1].push(samples[1]);
  }
  return slices;
}

/** Closes the clients, then stops the servers; what each side's server did over the run. */
async function finish(contestants: Pair<Contestant>): Promise<Pair<{ peakKb: number; closed: number }>> {
  const ends = contestants.map(async ({ pool, server }) => {
    const closed = pool.closedByServer;
    await pool.close();
    const peakKb = server.memory().peakKb;
    await server.stop();
    return { peakKb, closed };
  });
  const [first, second] = await Promise.all(ends);
  return [first!, second!];
}

const SIMULATOR = { host: '127.0.0.1', port: 0, heartbeatMs: 0 };

/** Runs `run` with a configuration workspace and two simulators on it; removes them after. */
export async function withTwoSimulators(
  run: (workspace: ConfWorkspace, simulators: Pair<Simulator>) => Promise<void>,
): Promise<void> {
  const workspace = createConfWorkspace();
  const simulators: Simulator[] = [];
  try {
    for (let i = 0; i < 2; i++)
      simulators.push(await startSimulator({ ...SIMULATOR, confDir: workspace.confDir }));
    await run(workspace, [simulators[0]!, simulators[1]!]);
  } finally {
    await Promise.all(simulators.map((simulator) => simulator.stop()));
    workspace.remove();
  }
}

/** Measures two contestants in turn at every rate, then closes their clients and stops them. */
export async function measurePair(
  contestants: Pair<Contestant>,
  rates: readonly SlicedRate[],
): Promise<Pair<Measured>> {
  const slices = await measureSlices(contestants, rates).catch(async (error: unknown) => {
    await finish(contestants);
    throw error;
  });
  const ends = await finish(contestants);
  return [combineSlices(slices[0], ends[0]), combineSlices(slices[1], ends[1])];
}
