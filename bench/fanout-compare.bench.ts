import type { Simulator } from '@fscon/fs-simulator';
import type { ConfWorkspace } from '../apps/demo/src/conf-workspace';
import { LOGINS } from './fanout.bench';
import { printComparison } from './fanout-compare-report';
import { startConnector } from './fanout-processes';
import { MemberLoad } from './fanout-load';
import * as slices from './fanout-slices';
import type { Contestant, Pair, SlicedRate } from './fanout-slices';

/** One connector configuration: a name for the output and the environment it adds to the default one. */
export interface ConnectorSide {
  name: string;
  env: Readonly<Record<string, string>>;
}

/** Two connector configurations, measured in turn as `fanout` measures the connector and the baseline. */
export interface Comparison {
  title: string;
  sides: Pair<ConnectorSide>;
  clients: number;
  rate: SlicedRate;
}

async function startSides(
  { sides, clients }: Comparison,
  workspace: ConfWorkspace,
  simulators: Pair<Simulator>,
): Promise<Pair<Contestant>> {
  const first = await startConnector(workspace, simulators[0].port, sides[0].env);
  const second = await startConnector(workspace, simulators[1].port, sides[1].env).catch(async (error) => {
    await first.stop();
    throw error;
  });
  try {
    return [
      await slices.enter(first, (context) => LOGINS[context], clients, new MemberLoad(simulators[0])),
      await slices.enter(second, (context) => LOGINS[context], clients, new MemberLoad(simulators[1])),
    ];
  } catch (error) {
    await Promise.all([first.stop(), second.stop()]);
    throw error;
  }
}

function method({ title, sides, clients, rate }: Comparison): string {
  const block = slices.sliceBlock('AB');
  const named = sides.map((side, i) => `${'AB'[i]} = ${side.name} (${envText(side.env)})`).join(', ');
  return (
    `${title}: two connectors, ${named}, each with its own simulator and ${clients.toLocaleString('en')} ` +
    `clients, at ${rate.rate} events/s in ${rate.slices} slices of ${slices.SLICE_MS / 1000} s taken in ` +
    `turn in blocks of ${block}, each after ${slices.WARM_UP_MS} ms unmeasured; latency from the simulator writing the ` +
    'event to a client having the delta; CPU/1k = server CPU time per 1,000 deltas delivered'
  );
}

function envText(env: Readonly<Record<string, string>>): string {
  const pairs = Object.entries(env).map(([key, value]) => `${key}=${value}`);
  return pairs.length > 0 ? pairs.join(' ') : 'defaults';
}

/** Runs a comparison of two connector configurations and prints both sides and the first's loss. */
export async function compareConnectors(comparison: Comparison): Promise<void> {
  console.log(method(comparison));
  await slices.withTwoSimulators(async (workspace, simulators) => {
    const contestants = await startSides(comparison, workspace, simulators);
    printComparison(comparison.sides, await slices.measurePair(contestants, [comparison.rate]));
  });
}

/** `KEY=value KEY=value` as an environment. */
export function parseEnv(text: string | undefined): Record<string, string> {
  const words = (text ?? '').split(/\s+/).filter(Boolean);
  return Object.fromEntries(
    words.map((word) => {
      const equals = word.indexOf('=');
      if (equals <= 0) throw new Error(`not KEY=value: ${word}`);
      return [word.slice(0, equals), word.slice(equals + 1)];
    }),
  );
}
