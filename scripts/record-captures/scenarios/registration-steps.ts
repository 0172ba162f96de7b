import type { EslRecorder, EventMatch } from '../esl-recorder';
import { sleep } from './scenario';

const POLL_MS = 10;
const POLLS = 1000;

/** A sofia::<name> event of the registration with that Call-ID. */
export const sofiaEvent =
  (name: string, callId: string): EventMatch =>
  (headers) =>
    headers['Event-Subclass'] === `sofia::${name}` && headers['call-id'] === callId;

/** Whether a `show registrations as json` answer lists the registration with that Call-ID. */
export const lists = (answer: string, callId: string): boolean => answer.includes(`"token":"${callId}"`);

/**
 * Asks `show registrations as json` every 10 ms until `done` holds for the answer; notes how many
 * answers that took and resolves with the last.
 */
export async function pollRegistrations(
  esl: EslRecorder,
  what: string,
  done: (answer: string) => boolean,
): Promise<string> {
  const started = Date.now();
  for (let polls = 1; polls <= POLLS; polls++) {
    const answer = await esl.api('show registrations as json');
    if (done(answer)) {
      esl.note(`${what} in answer ${polls}, ${Date.now() - started} ms after the first`);
      return answer;
    }
    await sleep(POLL_MS);
  }
  throw new Error(`show registrations as json: not ${what} after ${POLLS} answers`);
}
