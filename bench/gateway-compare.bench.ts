import { ratios, printSides } from './fanout-compare-report';
import { startBenchServer, type BenchServer } from './fanout-processes';
import * as slices from './fanout-slices';
import type { Contestant, Pair, SlicedRate } from './fanout-slices';
import { DeltaLoad } from './gateway-frames';

const SIDES: Pair<{ name: string; script: string }> = [
  { name: 'Nest gateway', script: 'gateway-nest-server' },
  { name: 'ours', script: 'gateway-ws-server' },
];

/** The clients of each side and the rate; BENCH_CLIENTS, BENCH_RATE and BENCH_SLICES change them. */
function settings(): { clients: number; rate: SlicedRate } {
  const env = process.env;
  return {
    clients: Number(env.BENCH_CLIENTS ?? 1000),
    rate: { rate: Number(env.BENCH_RATE ?? 500), slices: Number(env.BENCH_SLICES ?? 20) },
  };
}

function method({ clients, rate }: ReturnType<typeof settings>): string {
  const block = slices.sliceBlock('AB');
  return (
    `gateway-compare: A = a NestJS @WebSocketGateway on @nestjs/platform-ws's WsAdapter, client.send of ` +
    `each delta's text to every client; B = ours on a plain ws server, each delta one frame (textFrame), ` +
    `written by TurnBatches once per turn and client through LiveSocket; each in its own process with ` +
    `${clients.toLocaleString('en')} clients, every delta to every client, at ${rate.rate} deltas/s fired ` +
    `over IPC every ${slices.TICK_MS} ms; ${rate.slices} slices of ${slices.SLICE_MS / 1000} s taken in turn in blocks of ` +
    `${block}, each after ${slices.WARM_UP_MS} ms unmeasured; latency from the server making the delta ` +
    `(its time in the frame) to a client having it; CPU/1k = server CPU time per 1,000 frames delivered`
  );
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
  const measured = await slices.measurePair(await startSides(run.clients), [run.rate]);
  printSides(SIDES, measured, 'frames');
  const ratio = ratios(measured[0].steps[0]!, measured[1].steps[0]!);
  console.log(
    `${SIDES[0].name} over ${SIDES[1].name}: frames/s ${ratio.perSecond.toFixed(2)}×, ` +
      `p50 ${ratio.p50.toFixed(2)}×, p99 ${ratio.p99.toFixed(2)}×, CPU/1k ${ratio.cpu.toFixed(2)}×`,
  );
}
