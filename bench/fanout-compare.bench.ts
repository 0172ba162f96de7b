import type { Context } from '@fscon/contracts';
import type { Simulator } from '@fscon/fs-simulator';
import type { ConfWorkspace } from '../apps/demo/src/conf-workspace';
import { LOGINS } from './fanout.bench';
import { printComparison, ratios } from './fanout-compare-report';
import { startConnector } from './fanout-processes';
import { MemberLoad, type TalkingMix } from './fanout-load';
import * as slices from './fanout-slices';
import type { Contestant, Pair, SlicedRate } from './fanout-slices';

/** One connector configuration: a name for the output and the environment it adds to the default one. */
export interface ConnectorSide {
  name: string;
  env: Readonly<Record<string, string>>;
  /** Talking changes beside the member events (none by default). */
  talking?: TalkingMix;
}

/** Two connector configurations, measured in turn as `fanout` measures the connector and the baseline. */
export interface Comparison {
  title: string;
  sides: Pair<ConnectorSide>;
  clients: number;
  rate: SlicedRate;
  /** The most the first side's p99 may be of the second's, when that is what the comparison is for. */
  p99Within?: number;
}

const loginOf = (context: Context) => LOGINS[context];

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
      await slices.enter(first, loginOf, clients, new MemberLoad(simulators[0], sides[0].talking)),
      await slices.enter(second, loginOf, clients, new MemberLoad(simulators[1], sides[1].talking)),
    ];
  } catch (error) {
    await Promise.all([first.stop(), second.stop()]);
    throw error;
  }
}

function method({ title, sides, clients, rate }: Comparison): string {
  const block = slices.sliceBlock('AB');
  const named = sides.map((side, i) => `${'AB'[i]} = ${side.name} (${sideText(side)})`).join(', ');
  return (
    `${title}: two connectors, ${named}, each with its own simulator and ${clients.toLocaleString('en')} ` +
    `clients, at ${rate.rate} events/s in ${rate.slices} slices of ${slices.SLICE_MS / 1000} s taken in ` +
    `turn in blocks of ${block}, each after ${slices.WARM_UP_MS} ms unmeasured; latency from the simulator writing the ` +
    'event to a client having the delta; CPU/1k = server CPU time per 1,000 deltas delivered'
  );
}

function sideText({ env, talking }: ConnectorSide): string {
  const pairs = Object.entries(env).map(([key, value]) => `${key}=${value}`);
  const settings = pairs.length > 0 ? pairs.join(' ') : 'defaults';
  if (!talking) return settings;
  const { talkers, changesPerEvent } = talking;
  return `${settings}; ${talkers} talkers flapping, ${changesPerEvent} talking changes per member event, their deltas not counted`;
}

/** Runs a comparison of two connector configurations and prints both sides and the first's loss. */
export async function compareConnectors(comparison: Comparison): Promise<void> {
  console.log(method(comparison));
  await slices.withTwoSimulators(async (workspace, simulators) => {
    const contestants = await startSides(comparison, workspace, simulators);
    const measured = await slices.measurePair(contestants, [comparison.rate]);
    printComparison(comparison.sides, measured);
    if (comparison.p99Within !== undefined) {
      const { p99 } = ratios(measured[0].steps[0]!, measured[1].steps[0]!);
      const verdict = p99 <= comparison.p99Within ? 'met' : 'NOT met';
      console.log(`p99 of A over B: ${p99.toFixed(2)} (target at most ${comparison.p99Within}: ${verdict})`);
    }
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
