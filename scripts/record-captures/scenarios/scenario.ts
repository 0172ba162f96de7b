import { join } from 'node:path';
import type { RealFreeswitch } from '@fscon/real-freeswitch';
import type { EslRecorder } from '../esl-recorder';

export type EventFormat = 'plain' | 'json';

export interface ScenarioContext {
  esl: EslRecorder;
  freeswitch: RealFreeswitch;
  format: EventFormat;
  /** Writes `outputs/<file>`; only the plain run writes them, as in the older captures. */
  output(file: string, body: string): void;
  /** Writes a file of the scenario folder (SIP traces: `sipp-<format>/...`). */
  write(file: string, body: string): void;
}

/** One capture scenario: what it lays into the switch's folders before the session, and the session. */
export interface Scenario {
  name: string;
  prepare?(freeswitch: RealFreeswitch): void;
  run(context: ScenarioContext): Promise<void>;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Where the switch looks for sounds named without a path: `$${sounds_dir}/en/us/callie` (vars.xml). */
export const soundPrefix = (freeswitch: RealFreeswitch): string =>
  join(freeswitch.root, 'sounds', 'en', 'us', 'callie');
