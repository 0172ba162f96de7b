import type { Context } from '@fscon/contracts';
import type { Simulator } from '@fscon/fs-simulator';
import type { ConfWorkspace } from '../apps/demo/src/conf-workspace';
import { startBaseline, startConnector } from './fanout-processes';
import { printHeader, report } from './fanout-report';
import { MemberLoad } from './fanout-load';
import * as slices from './fanout-slices';
import type { Contestant, Pair, SlicedRate } from './fanout-slices';

const CLIENT_COUNTS = [100, 1000];
/**
 * Each rate with the number of slices it is measured in. The lower the rate, the fewer events a slice
 * holds, and the p99 of a few thousand events rests on a handful of late ones. In our runs, two identical
 * connectors measured in 20 slices differed in p99 by up to 1.44 times at 100 events/s and 1.38 times at
 * 500; in 80 slices at 100 events/s and 40 at 500 and 2,000, by at most 8, 15 and 16 %.
 */
const RATES: readonly SlicedRate[] = [
  { rate: 100, slices: 80 },
  { rate: 500, slices: 40 },
  { rate: 2000, slices: 40 },
];
export const LOGINS: Record<Context, string> = {
  team: 'login=defaultuser:napw',
  friends: 'login=frienduser:pw21000',
  public: 'login=publicuser:pw22000',
};

async function startContestants(
  clients: number,
  workspace: ConfWorkspace,
  simulators: Pair<Simulator>,
): Promise<Pair<Contestant>> {
  const connector = await startConnector(workspace, simulators[0].port);
  const baseline = await startBaseline(simulators[1].port).catch(async (error: unknown) => {
    await connector.stop();
    throw error;
  });
  try {
    return [
      await slices.enter(connector, (context) => LOGINS[context], clients, new MemberLoad(simulators[0])),
      await slices.enter(baseline, (context) => `context=${context}`, clients, new MemberLoad(simulators[1])),
    ];
  } catch (error) {
    await Promise.all([connector.stop(), baseline.stop()]);
    throw error;
  }
}

/** The first line of the output: how the figures were taken. */
function method(): string {
  const counts = RATES.map(({ rate, slices }) => `${slices} at ${rate} events/s`).join(', ');
  const block = slices.sliceBlock('CB');
  return (
    `fanout: slices of ${slices.SLICE_MS / 1000} s (${counts}) taken in turn by the connector and the baseline in ` +
    `blocks of ${block}, each after ${slices.WARM_UP_MS} ms unmeasured at that rate; both servers run side by ` +
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
  console.log(method());
  printHeader();
  await slices.withTwoSimulators(async (workspace, simulators) => {
    for (const clients of CLIENT_COUNTS) {
      const contestants = await startContestants(clients, workspace, simulators);
      const [connector, baseline] = await slices.measurePair(contestants, RATES);
      report(clients, connector, baseline);
    }
  });
}
