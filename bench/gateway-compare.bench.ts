import { ratios, printSides } from './fanout-compare-report';
import { startBenchServer, type BenchServer } from './fanout-processes';
import * as slices from './fanout-slices';
import type { Measured } from './fanout-report';
import type { Contestant, Pair, SlicedRate } from './fanout-slices';
import { DeltaLoad } from './gateway-frames';

const SIDES: Pair<{ name: string; script: string }> = [
  { name: 'Nest gateway', script: 'gateway-nest-server' },
  { name: 'ours', script: 'gateway-ws-server' },
];

/**
 * The rates with their slices: at 100 deltas/s a Nest gateway's backlog (see docs/architecture.md) mostly
 * clears within a slice's drain, at 500 (fanout's rate) it takes most of a minute, so fewer slices there.
 */
const RATES: readonly SlicedRate[] = [
  { rate: 100, slices: 20 },
  { rate: 500, slices: 8 },
];

/** The clients of each side and the rates; BENCH_CLIENTS, and BENCH_RATE with BENCH_SLICES, change them. */
function settings(): { clients: number; rates: readonly SlicedRate[] } {
  const env = process.env;
  const rate = env.BENCH_RATE === undefined ? undefined : Number(env.BENCH_RATE);
  return {
    clients: Number(env.BENCH_CLIENTS ?? 1000),
    rates: rate === undefined ? RATES : [{ rate, slices: Number(env.BENCH_SLICES ?? 8) }],
  };
}

function method({ clients, rates }: ReturnType<typeof settings>): string {
  const counts = rates.map(({ rate, slices }) => `${slices} at ${rate} deltas/s`).join(', ');
  return (
    `gateway-compare: A = a NestJS @WebSocketGateway on @nestjs/platform-ws's WsAdapter, client.send of ` +
    `each delta's text to every client; B = ours on a plain ws server, each delta one frame (textFrame), ` +
    `written by TurnBatches once per turn and client through LiveSocket; each in its own process with ` +
    `${clients.toLocaleString('en')} clients, every delta to every client, fired over IPC every ` +
    `${slices.TICK_MS} ms; slices of ${slices.SLICE_MS / 1000} s (${counts}) taken in turn in blocks of ` +
    `${slices.sliceBlock('AB')}, each after ${slices.WARM_UP_MS} ms unmeasured; latency from the benchmark ` +
    `asking for the delta (its time, carried in the frame) to a client having it; CPU/1k = server CPU ` +
    `time per 1,000 frames delivered`
  );
}

/** One rate's figures of a side. */
function atRate(measured: Measured, index: number): Measured {
  return { ...measured, steps: [measured.steps[index]!] };
}

async function startSides(clients: number): Promise<Pair<Contestant>> {
  const servers: BenchServer[] = [];
  try {
    for (const { script } of SIDES) servers.push(await startBenchServer(script));
    const contestants: Contestant[] = [];
    for (const server of servers) {
      const query = (context: string) => `context=${context}`;
      contestants.push(await slices.enter(server, query, clients, new DeltaLoad(server.child)));
    }
    return [contestants[0]!, contestants[1]!];
  } catch (error) {
    await Promise.all(servers.map((server) => server.stop()));
    throw error;
  }
}

/**
 * The live fan-out served by a NestJS gateway on WsAdapter and by our own way on plain ws, side by
 * side: both sides' figures and the gateway's over ours.
 */
export async function gatewayCompareBenchmark(): Promise<void> {
  const run = settings();
  console.log(method(run));
  const measured = await slices.measurePair(await startSides(run.clients), run.rates);
  run.rates.forEach(({ rate }, i) => {
    console.log(`at ${rate} deltas/s`);
    printSides(SIDES, [atRate(measured[0], i), atRate(measured[1], i)], 'frames');
    const ratio = ratios(measured[0].steps[i]!, measured[1].steps[i]!);
    console.log(
      `${SIDES[0].name} over ${SIDES[1].name}: frames/s ${ratio.perSecond.toFixed(2)}×, ` +
        `p50 ${ratio.p50.toFixed(2)}×, p99 ${ratio.p99.toFixed(2)}×, CPU/1k ${ratio.cpu.toFixed(2)}×`,
    );
  });
}
