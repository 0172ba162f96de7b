import { join } from 'node:path';
import { locateFreeswitch, RealFreeswitch, realFreeswitchCache } from '@fscon/real-freeswitch';
import { DEMO_OVERLAY, REPO_ROOT, SHIPPED_CONF } from '../../apps/demo/src/conf-workspace';
import { CaptureFolder } from './capture-folder';
import { EslRecorder } from './esl-recorder';
import { moderatorSettings } from './scenarios/moderator-settings';
import { playFileMissing } from './scenarios/play-file-missing';
import { registrationListing } from './scenarios/registration-listing';
import type { EventFormat, Scenario } from './scenarios/scenario';
import { volumeKeys } from './scenarios/volume-keys';
import { wssRegistration } from './scenarios/wss-registration';
import { Timeline } from './timeline';

const SCENARIOS: readonly Scenario[] = [
  volumeKeys,
  playFileMissing,
  registrationListing,
  wssRegistration,
  moderatorSettings,
];
const FORMATS: readonly EventFormat[] = ['plain', 'json'];
const CAPTURES = join(REPO_ROOT, 'fixtures', 'fs-captures');

/**
 * Records Event Socket captures from a real FreeSWITCH (etc-freeswitch + config/demo, on loopback)
 * into fixtures/fs-captures/<scenario>/: one session subscribed with `event plain ALL`, another with
 * `event json ALL`, each on a switch of its own.
 *   npm run build && node -r ./scripts/register-paths.cjs dist/scripts/record-captures/main.js [scenario ...]
 */
async function main(names: string[]): Promise<void> {
  const unknown = names.filter((name) => !SCENARIOS.some((scenario) => scenario.name === name));
  if (unknown.length > 0) throw new Error(`no scenario ${unknown.join(', ')}`);
  const chosen = names.length === 0 ? SCENARIOS : SCENARIOS.filter((s) => names.includes(s.name));
  const cacheDir = realFreeswitchCache(REPO_ROOT);
  const located = locateFreeswitch({ repoRoot: REPO_ROOT, cacheDir });
  if (!located.found) throw new Error(located.reason);
  for (const scenario of chosen) {
    for (const format of FORMATS) {
      const freeswitch = await RealFreeswitch.launch({
        installation: located.installation,
        configuration: [SHIPPED_CONF, DEMO_OVERLAY],
        cacheDir,
      });
      try {
        await record(scenario, format, freeswitch);
      } finally {
        await freeswitch.remove();
      }
      console.log(`${scenario.name} (${format}) recorded`);
    }
  }
}

async function record(scenario: Scenario, format: EventFormat, freeswitch: RealFreeswitch): Promise<void> {
  const folder = new CaptureFolder(join(CAPTURES, scenario.name), freeswitch.root);
  scenario.prepare?.(freeswitch);
  const timeline = new Timeline();
  const esl = await EslRecorder.open(freeswitch.ports.eventSocket, timeline);
  const output = (file: string, body: string) => format === 'plain' && folder.write(`outputs/${file}`, body);
  try {
    await esl.command(`auth ${freeswitch.password}\n\n`);
    await esl.command(`event ${format} ALL\n\n`);
    output('version.txt', await esl.api('version'));
    await scenario.run({ esl, freeswitch, format, output, write: (file, body) => folder.write(file, body) });
    await esl.exit();
  } finally {
    folder.write(`${scenario.name}.${format}.raw`, esl.received);
    folder.write(`${scenario.name}.${format}.log`, timeline.text());
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
