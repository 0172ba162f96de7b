import type { CallerControl } from './conference-config';
import type { Deferred } from './deferred';

/**
 * A member's keys as mod_conference's digit machine matches them against the caller-controls group,
 * as the real switch does it: a key sequence that is bound and begins no longer one fires at once; one
 * that begins a longer one waits for the next key up to the profile's ivr-dtmf-timeout, and then fires
 * if it is bound itself or is dropped; a sequence neither bound nor beginning one is dropped whole.
 */
export class DigitMachine {
  private digits = '';
  private cancelWait: (() => void) | undefined;

  constructor(private readonly deferred: Deferred) {}

  press(
    digit: string,
    controls: ReadonlyMap<string, CallerControl>,
    timeoutMs: number,
    fire: (control: CallerControl) => void,
  ): void {
    this.cancelWait?.();
    this.cancelWait = undefined;
    const sequence = this.digits + digit;
    const bound = controls.get(sequence);
    const longer = [...controls.keys()].some(
      (keys) => keys.length > sequence.length && keys.startsWith(sequence),
    );
    if (!longer) {
      this.digits = '';
      if (bound) fire(bound);
      return;
    }
    this.digits = sequence;
    this.cancelWait = this.deferred.after(timeoutMs, () => {
      this.digits = '';
      this.cancelWait = undefined;
      if (bound) fire(bound);
    });
  }
}
