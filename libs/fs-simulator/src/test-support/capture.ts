import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Frame, splitFrames } from './frames';

export const REPO_ROOT = resolve(__dirname, '../../../..');
export const CAPTURES = join(REPO_ROOT, 'fixtures/fs-captures');

/** One command the capture harness sent: where in the received bytes it was sent, and the notes before it. */
export interface CaptureStep {
  offset: number;
  text: string;
  notes: string[];
}

export interface Capture {
  frames: Frame[];
  steps: CaptureStep[];
}

/** `<scenario>/<file>.<format>.raw` and the commands of its `.log` timeline. */
export function readCapture(scenario: string, file: string, format: 'plain' | 'json'): Capture {
  const base = join(CAPTURES, scenario, `${file}.${format}`);
  const frames = splitFrames(readFileSync(`${base}.raw`));
  const steps: CaptureStep[] = [];
  let notes: string[] = [];
  for (const line of readFileSync(`${base}.log`, 'utf8').split('\n')) {
    const send = /\] >>> @(\d+) SEND (".*")$/.exec(line);
    const note = /\] ### (.*)$/.exec(line);
    if (send) {
      const text = JSON.parse(send[2]) as string;
      steps.push({ offset: Number(send[1]), text: text.endsWith('\n\n') ? text : `${text}\n\n`, notes });
      notes = [];
    } else if (note) {
      notes.push(note[1]);
    }
  }
  return { frames, steps };
}

/** The Event-Name of an event frame, plain or json. */
export function eventName(frame: Frame): string | undefined {
  const text = frame.body.toString('utf8');
  return (/^Event-Name: (.*)$/m.exec(text) ?? /"Event-Name":"([^"]*)"/.exec(text))?.[1];
}

/** `name=value` lines of the captured `global_getvar`, in order. */
export function capturedGlobalVariables(): Array<[string, string]> {
  const text = readFileSync(join(CAPTURES, 'startup/outputs/global_getvar.txt'), 'utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]);
}
