import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { CONTEXTS, type Context } from '@fscon/contracts';
import { startSimulator, type Simulator } from '@fscon/fs-simulator';
import WebSocket from 'ws';
import { createConfWorkspace, type ConfWorkspace } from '../apps/demo/src/conf-workspace';
import { ClientPool } from './fanout-clients';
import { MemberLoad } from './fanout-load';
import { startBaseline, startConnector, type ServerProcess } from './fanout-processes';
import { collectHarnessGarbage } from './support/harness-gc';
import { combineSlices, printHeader, report, type StepSample } from './fanout-report';

const CLIENT_COUNTS = [100, 1000];
/**
 * Each rate with the number of slices it is measured in. The lower the rate, the fewer events a slice
 * holds, and the p99 of a few thousand events rests on a handful of late ones. In our runs, two identical
 * connectors measured in 20 slices differed in p99 by up to 1.44 times at 100 events/s and 1.38 times at
 * 500; in 80 slices at 100 events/s and 40 at 500 and 2,000, by at most 8, 15 and 16 %.
 */
const RATES: readonly { rate: number; slices: number }[] = [
  { rate: 100, slices: 80 },
  { rate: 500, slices: 40 },
  { rate: 2000, slices: 40 },
];
/** Each side's share of a rate is measured in slices of SLICE_MS, interleaved with the other side's. */
const SLICE_MS = 1500;
/** Before each slice, the same rate runs this long unmeasured, so that no slice pays for the change. */
const WARM_UP_MS = 300;
/** Once per client count, each side runs this long unmeasured before its first slice. */
const FIRST_WARM_UP = { rate: 500, ms: 2000 };
const DRAIN_MS = 6000;
const TICK_MS = 5;
const LOGINS: Record<Context, string> = {
  team: 'login=defaultuser:napw',
  friends: 'login=frienduser:pw21000',
  public: 'login=publicuser:pw22000',
};

type Side = 'connector' | 'baseline';
const SIDES: readonly Side[] = ['connector', 'baseline'];
const SIMULATOR = { host: '127.0.0.1', port: 0, heartbeatMs: 0 };

/**
 * The order of `count` slices (a multiple of four): both servers run side by side, each with its own
 * simulator and clients, and take turns in blocks of connector, baseline, baseline, connector, so that a
 * stretch of a slower machine (a virtual machine's stolen time comes and goes over seconds) falls on both
 * alike.
 */
function sliceOrder(count: number): Side[] {
  return Array.from({ length: count }, (_, i) => (i % 4 === 0 || i % 4 === 3 ? 'connector' : 'baseline'));
}

/** One server under test with what drives and watches it. */
interface Contestant {
  server: ServerProcess;
  load: MemberLoad;
  pool: ClientPool;
}

/** Fires `rate` events a second for `emitMs` and waits until every client has its deltas (or DRAIN_MS more). */
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
  return {
    rate,
    expected,
    delivered: pool.received,
    seconds: (Math.max(pool.lastReceivedAt, start + 1) - start) / 1000,
    latencies: [...pool.latencies],
    rssPeakKb,
    cpuMs: server.cpuMs() - cpuBefore,
  };
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

/** A server with `clients` connected clients of its own, driven by its own simulator. */
async function enter(
  server: ServerProcess,
  query: (context: Context) => string,
  clients: number,
  simulator: Simulator,
): Promise<Contestant> {
  await until(() => opens(server.url(query('team'))));
  const load = new MemberLoad(simulator);
  const pool = await ClientPool.open(clients, (context) => server.url(query(context)), load.emittedAt);
  load.seatResidents();
  await sleep(300);
  return { server, load, pool };
}

/** Every rate, in slices taken in turn by the two servers; per side and rate, the samples of its slices. */
async function measure(contestants: Record<Side, Contestant>): Promise<Record<Side, StepSample[][]>> {
  const slices: Record<Side, StepSample[][]> = { connector: [], baseline: [] };
  for (const side of SIDES) await step(contestants[side], FIRST_WARM_UP.rate, FIRST_WARM_UP.ms);
  for (const { rate, slices: count } of RATES) {
    const samples: Record<Side, StepSample[]> = { connector: [], baseline: [] };
    for (const side of sliceOrder(count)) {
      collectHarnessGarbage();
      await step(contestants[side], rate, WARM_UP_MS);
      samples[side].push(await step(contestants[side], rate, SLICE_MS));
    }
    SIDES.forEach((side) => slices[side].push(samples[side]));
  }
  return slices;
}

async function startContestants(
  clients: number,
  workspace: ConfWorkspace,
  simulators: Record<Side, Simulator>,
): Promise<Record<Side, Contestant>> {
  const connector = await startConnector(workspace, simulators.connector.port);
  const baseline = await startBaseline(simulators.baseline.port).catch(async (error: unknown) => {
    await connector.stop();
    throw error;
  });
  try {
    return {
      connector: await enter(connector, (context) => LOGINS[context], clients, simulators.connector),
      baseline: await enter(baseline, (context) => `context=${context}`, clients, simulators.baseline),
    };
  } catch (error) {
    await Promise.all([connector.stop(), baseline.stop()]);
    throw error;
  }
}

/** Closes the clients, then stops the servers; what each side's server did over the run. */
async function finish(
  contestants: Record<Side, Contestant>,
): Promise<Record<Side, { peakKb: number; closed: number }>> {
  const ends = SIDES.map(async (side) => {
    const { pool, server } = contestants[side];
    const closed = pool.closedByServer;
    await pool.close();
    const peakKb = server.memory().peakKb;
    await server.stop();
    return { peakKb, closed };
  });
  const [connector, baseline] = await Promise.all(ends);
  return { connector: connector!, baseline: baseline! };
}

/** The first line of the output: how the figures were taken. */
function method(): string {
  const slices = RATES.map(({ rate, slices }) => `${slices} at ${rate} events/s`).join(', ');
  const block = sliceOrder(4)
    .map((side) => side[0]!.toUpperCase())
    .join('');
  return (
    `fanout: slices of ${SLICE_MS / 1000} s (${slices}) taken in turn by the connector and the baseline in ` +
    `blocks of ${block}, each after ${WARM_UP_MS} ms unmeasured at that rate; both servers run side by ` +
    'side, each with its own simulator firing member join/mute/leave events and its own clients, a third ' +
    'each of team, friends, public; latency from the simulator writing the event to a client having the ' +
    'delta; baseline = a bare process writing each event as one pre-built frame to its clients over ws; ' +
    'figures of all slices of a side together; CPU/1k = server CPU time per 1,000 deltas delivered'
  );
}

/**
 * Fan-out of live deltas: the connector in a child process against one simulator, beside a bare process
 * that forwards the same kind of Event Socket stream from another as pre-serialized frames; their
 * clients here.
 */
export async function fanoutBenchmark(): Promise<void> {
  const workspace = createConfWorkspace();
  const simulators: Partial<Record<Side, Simulator>> = {};
  console.log(method());
  printHeader();
  try {
    for (const side of SIDES) {
      simulators[side] = await startSimulator({ ...SIMULATOR, confDir: workspace.confDir });
    }
    for (const clients of CLIENT_COUNTS) {
      const contestants = await startContestants(clients, workspace, simulators as Record<Side, Simulator>);
      const slices = await measure(contestants).catch(async (error: unknown) => {
        await finish(contestants);
        throw error;
      });
      const ends = await finish(contestants);
      report(
        clients,
        combineSlices(slices.connector, ends.connector),
        combineSlices(slices.baseline, ends.baseline),
      );
    }
  } finally {
    await Promise.all(Object.values(simulators).map((simulator) => simulator.stop()));
    workspace.remove();
  }
}
