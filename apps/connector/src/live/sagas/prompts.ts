import { join } from 'node:path';

/**
 * The spoken prompts the connector plays into a conference, as scripts/generate-prompts.sh writes them:
 * `etc-freeswitch/sounds/fscon/<rate>/<prompt>.wav`.
 */
export const PROMPTS = [
  'recording-started',
  'recording-paused',
  'recording-resumed',
  'recording-stopped',
  'recording-running',
  'already-recording',
  'recording-is-paused',
  'not-recording',
  'all-muted',
  'talk-volume-up',
  'talk-volume-down',
  'talk-volume-reset',
  'listen-volume-up',
  'listen-volume-down',
  'listen-volume-reset',
  'energy-up',
  'energy-down',
  'energy-reset',
  'at-limit',
  'muted-and-deafened',
  'unmuted-and-undeafened',
] as const;
export type Prompt = (typeof PROMPTS)[number];

/** The rates the prompts are written at: those of the conference profiles 16kHz-novideo and 48kHz-video. */
export const PROMPT_RATES = [16000, 48000] as const;
export type PromptRate = (typeof PROMPT_RATES)[number];

/**
 * The prompt rate for a conference type, read from the profile name (`48kHz-video` → 48000); 16000
 * for anything else, which FreeSWITCH resamples if it must.
 */
export function promptRate(conferenceType: string | undefined): PromptRate {
  const khz = Number(/^(\d+)kHz/.exec(conferenceType ?? '')?.[1] ?? 0);
  return khz >= 48 ? 48000 : 16000;
}

/**
 * The absolute path of a prompt inside the FreeSWITCH configuration folder (`conf_dir`), where the
 * shipped etc-freeswitch tree brings them. An absolute path, because mod_conference resolves a relative
 * file name against the conference's sound_prefix (`$${sounds_dir}/en/us/callie`), which the tree does
 * not reach. Undefined when the path could not be one argument of a conference command.
 */
export function promptFile(confDir: string, rate: PromptRate, prompt: Prompt): string | undefined {
  const file = join(confDir, 'sounds', 'fscon', String(rate), `${prompt}.wav`);
  return file.startsWith('/') && !/\s/.test(file) ? file : undefined;
}

/**
 * `conference <name> play <file>`: plays the file to every member of the conference, or with
 * `<member id>` after it to that member only.
 */
export function playCommand(conference: string, file: string, confid?: string): string {
  return `conference ${conference} play ${file}${confid === undefined ? '' : ` ${confid}`}`;
}
