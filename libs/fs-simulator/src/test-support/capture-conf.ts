import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORE_VARIABLE_NAMES, CoreVariableName } from '../options';
import { capturedGlobalVariables, REPO_ROOT } from './capture';

export interface CaptureConf {
  dir: string;
  /** The core variables of the captured FreeSWITCH (its own address guess was 192.0.2.2). */
  coreVariables: Partial<Record<CoreVariableName, string>>;
  remove(): void;
}

/**
 * The sound prefix of the switches scripts/record-captures recorded from (their temporary folder is
 * written as /var/fsroot/capture-root in the captures).
 */
export const RECORDED_SOUND_PREFIX = '/var/fsroot/capture-root/sounds/en/us/callie';

/** The profiles of the captures' time: energy-level 0, start-talking and stop-talking suppressed. */
const asRecorded = (conferenceConf: string): string =>
  conferenceConf
    .replaceAll(/<param name="energy-level" value="\d+"\/>/g, '<param name="energy-level" value="0"/>')
    .replaceAll(
      /(<param name="pin-retries" value="3"\/>)/g,
      '$1<param name="suppress-events" value="start-talking,stop-talking"/>',
    );

const isCore = (name: string): name is CoreVariableName =>
  (CORE_VARIABLE_NAMES as readonly string[]).includes(name);

/**
 * The project's etc-freeswitch with config/demo laid over it, in a temporary folder, with vars.xml
 * replaced by the variables the capture rig's vars.xml set (taken from the captured `global_getvar`, in
 * order; `overrides` replace some of their values): the captures were recorded with those, so values
 * and order can be compared exactly. The conference profiles are as they were then (`asRecorded`).
 */
export function captureConf(overrides: Readonly<Record<string, string>> = {}): CaptureConf {
  const dir = mkdtempSync(join(tmpdir(), 'fs-capture-conf-'));
  cpSync(join(REPO_ROOT, 'etc-freeswitch'), dir, { recursive: true });
  cpSync(join(REPO_ROOT, 'config/demo'), dir, { recursive: true });
  const conferenceConf = join(dir, 'autoload_configs', 'conference.conf.xml');
  writeFileSync(conferenceConf, asRecorded(readFileSync(conferenceConf, 'utf8')));
  const variables = capturedGlobalVariables().map(([name, value]): [string, string] => [
    name,
    overrides[name] ?? value,
  ]);
  const firstSet = variables.findIndex(([name]) => name === 'localstate_dir') + 1;
  const sets = variables
    .slice(firstSet)
    .filter(([name]) => name !== 'core_uuid')
    .map(([name, value]) => `  <X-PRE-PROCESS cmd="set" data="${name}=${value}"/>\n`);
  writeFileSync(join(dir, 'vars.xml'), `<include>\n${sets.join('')}</include>\n`);
  const coreVariables: Partial<Record<CoreVariableName, string>> = {};
  for (const [name, value] of variables) if (isCore(name)) coreVariables[name] = value;
  coreVariables.local_ip_v4 = '192.0.2.2';
  return { dir, coreVariables, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
