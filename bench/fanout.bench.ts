import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { CONTEXTS, type Context } from '@fscon/contracts';
import { startSimulator, type Simulator } from '@fscon/fs-simulator';
import WebSocket from 'ws';
import { createConfWorkspace } from '../apps/demo/src/conf-workspace';
import { ClientPool } from './fanout-clients';
import { MemberLoad } from './fanout-load';
import { startBaseline, startConnector, type ServerProcess } from './fanout-processes';
import { combineRounds, printHeader, report, type Round, type StepSample } from './fanout-report';

const CLIENT_COUNTS = [100, 1000];
const RATES = [100, 500, 2000];
/** Each rate is measured for EMIT_MS, or longer where that gives fewer than MIN_EVENTS events for the p99. */
const EMIT_MS = 3000;
const MIN_EVENTS = 600;
/** Before each measured step, the same rate runs this long unmeasured, so that no step pays for the change. */
const WARM_UP_MS = 1000;
const DRAIN_MS = 6000;
const TICK_MS = 5;
const LOGINS: Record<Context, string> = {
  team: 'login=defaultuser:napw',
  friends: 'login=frienduser:pw21000',
  public: 'login=publicuser:pw22000',
};

/**
 * Each server is measured in three rounds, interleaved so that a machine that gets faster or slower
 * during the run favours neither; each side's figures are the median round's.
 */
const ROUNDS: readonly ('connector' | 'baseline')[] = [
  'connector',
  'baseline',
  'baseline',
  'connector',
  'connector',
  'baseline',
];

const measuredMs = (rate: number) => Math.max(EMIT_MS, (MIN_EVENTS / rate) * 1000);

/** Fires `rate` events a second for `emitMs` and waits until every client has its deltas (or DRAIN_MS more). */
async function step(
  load: MemberLoad,
  pool: ClientPool,
  server: ServerProcess,
  rate: number,
  emitMs: number,
): Promise<StepSample> {
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

/** Every rate against one server with `clients` connected clients. */
async function measure(
  server: ServerProcess,
  query: (context: Context) => string,
  clients: number,
  simulator: Simulator,
): Promise<Round> {
  await until(() => opens(server.url(query('team'))));
  const load = new MemberLoad(simulator);
  const pool = await ClientPool.open(clients, (context) => server.url(query(context)), load.emittedAt);
  load.seatResidents();
  await sleep(300);
  const steps: StepSample[] = [];
  for (const rate of RATES) {
    await step(load, pool, server, rate, WARM_UP_MS);
    steps.push(await step(load, pool, server, rate, measuredMs(rate)));
  }
  const closed = pool.closedByServer;
  await pool.close();
  return { steps, peakKb: server.memory().peakKb, closed };
}

/**
 * Fan-out of live deltas: the connector in a child process against the simulator, its clients here,
 * beside a bare process that forwards the same Event Socket stream as pre-serialized frames.
 */
export async function fanoutBenchmark(): Promise<void> {
  const workspace = createConfWorkspace();
  const simulator = await startSimulator({
    confDir: workspace.confDir,
    host: '127.0.0.1',
    port: 0,
    heartbeatMs: 0,
  });
  console.log(
    `fanout: simulator fires member join/mute/leave events for ${EMIT_MS / 1000} s per rate (at least ` +
      `${MIN_EVENTS} events; after ${WARM_UP_MS / 1000} s unmeasured at that rate); clients a third each ` +
      'of team, friends, public; latency from the simulator writing the event to a client having the delta; ' +
      'baseline = a bare process writing each event as one pre-built frame to the same clients over ws; ' +
      'CPU/1k = server CPU time per 1,000 deltas delivered; three rounds per server (connector, baseline, ' +
      'baseline, connector, connector, baseline), deltas/s, p50 and p99 of the median round',
  );
  printHeader();
  try {
    for (const clients of CLIENT_COUNTS) {
      const rounds: Record<'connector' | 'baseline', Round[]> = { connector: [], baseline: [] };
      for (const side of ROUNDS) {
        const server =
          side === 'connector'
            ? await startConnector(workspace, simulator.port)
            : await startBaseline(simulator.port);
        const query = (context: Context) => (side === 'connector' ? LOGINS[context] : `context=${context}`);
        rounds[side].push(await measure(server, query, clients, simulator).finally(() => server.stop()));
      }
      report(clients, combineRounds(rounds.connector), combineRounds(rounds.baseline));
    }
  } finally {
    await simulator.stop();
    workspace.remove();
  }
}
