import { AsyncLocalStorage } from 'node:async_hooks';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { CONTEXTS, type Context } from '@fscon/contracts';
import { numberDeltas, type LiveDelta } from '@fscon/live-state';
import { DeltaFanout } from '../apps/connector/src/live/fanout/delta-fanout';
import { TurnBatches, type BatchedClient } from '../apps/connector/src/live/fanout/turn-batches';
import { collectHarnessGarbage } from './support/harness-gc';
import { summarize } from './support/stats';

const CLIENTS = 1000;
const DELTAS_PER_TURN = 4;
const TURNS_PER_SLICE = 20;
/** Slices per side, taken in blocks of off, on, on, off. */
const SLICES = 20;

type Side = 'off' | 'on';

/**
 * The log context is an AsyncLocalStorage: once a request has run in one, Node 20 calls its hook for
 * every async resource the process creates, the fan-out's socket writes included. This probe switches
 * that hook on and off as the connector's first request would (the same hook, for any storage).
 */
const probe = new AsyncLocalStorage<object>();
const switchHook: Record<Side, () => void> = {
  on: () => probe.run({}, () => undefined),
  off: () => probe.disable(),
};

const delta = (i: number): LiveDelta => ({
  audience: i % 2 === 0 ? [...CONTEXTS] : ['team'],
  message: { event: i % 4 < 2 ? 'lock' : 'unlock', conference: `conference${i % 50}` },
});

async function loopbackClients(count: number): Promise<{ clients: BatchedClient[]; close: () => void }> {
  const accepted: Socket[] = [];
  const server: Server = createServer((socket) => accepted.push(socket.resume()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const sockets = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<Socket>((resolve) =>
          connect(port, '127.0.0.1').once('connect', function (this: Socket) {
            resolve(this);
          }),
        ),
    ),
  );
  const clients = sockets.map((socket, i) => ({
    context: CONTEXTS[i % CONTEXTS.length] as Context,
    write: (bytes: Buffer) => void socket.write(bytes),
  }));
  const close = () => {
    sockets.forEach((socket) => socket.destroy());
    accepted.forEach((socket) => socket.destroy());
    server.close();
  };
  return { clients, close };
}

/** The journal entry whose deltas the next turn publishes. */
let entrySeq = 0;

/** CPU milliseconds of this process per turn: its deltas published, written to every client and read. */
async function slice(fanout: DeltaFanout): Promise<number> {
  const before = process.cpuUsage();
  for (let turn = 0; turn < TURNS_PER_SLICE; turn++) {
    const deltas = Array.from({ length: DELTAS_PER_TURN }, (_, i) => delta(turn * DELTAS_PER_TURN + i));
    fanout.publish(numberDeltas(++entrySeq, deltas));
    await nextTurn();
  }
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / TURNS_PER_SLICE;
}

/**
 * Whether the live fan-out pays for the log context: deltas through DeltaFanout and TurnBatches to
 * 1,000 loopback sockets, with the AsyncLocalStorage hook off and on in turn. Nothing in the path logs.
 */
export async function logContextBenchmark(): Promise<void> {
  const batches = new TurnBatches();
  const fanout = new DeltaFanout(batches, { deltas: 1000, bytes: 1 << 20 }, 0);
  const { clients, close } = await loopbackClients(CLIENTS);
  clients.forEach((client) => batches.add(client));
  const samples: Record<Side, number[]> = { off: [], on: [] };
  try {
    await slice(fanout);
    for (let i = 0; i < SLICES * 2; i++) {
      const side: Side = i % 4 === 0 || i % 4 === 3 ? 'off' : 'on';
      switchHook[side]();
      collectHarnessGarbage();
      samples[side].push(await slice(fanout));
    }
  } finally {
    switchHook.off();
    close();
  }
  const off = summarize(samples.off);
  const on = summarize(samples.on);
  console.log(
    `logcontext: ${CLIENTS} loopback clients, ${DELTAS_PER_TURN} deltas a turn, ${SLICES} slices of ` +
      `${TURNS_PER_SLICE} turns per side in blocks of off, on, on, off; CPU ms of the process (the clients' ends too) per turn`,
  );
  for (const [name, figures] of [
    ['hook off', off],
    ['hook on', on],
  ] as const) {
    const figure = (value: number) => value.toFixed(2);
    console.log(
      `  ${name.padEnd(8)} median ${figure(figures.median)}  min ${figure(figures.min)}  max ${figure(figures.max)}`,
    );
  }
  console.log(`  on / off (medians): ${(on.median / off.median).toFixed(3)}`);
}
