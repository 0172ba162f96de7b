import type { EslSessionEndKind } from './esl-session';
import type { EslTimings } from './esl.options';
import { ReconnectBackoff } from './reconnect-backoff';

/**
 * The delay before each connection attempt. While FreeSWITCH is down (connections refused or dropped)
 * it retries at short, bounded intervals: a refused connect costs it nothing. Every other failure
 * (wrong password, rejected address, timeouts, broken frames) backs off slowly, as fast retries would
 * only fill FreeSWITCH's log. Both start again from their first delay after a successful connection.
 */
export class ReconnectPolicy {
  private readonly whileDown: ReconnectBackoff;
  private readonly otherwise: ReconnectBackoff;

  constructor(timings: EslTimings) {
    this.whileDown = new ReconnectBackoff(timings.reconnectWhileDownMs, timings.reconnectWhileDownMaxMs);
    this.otherwise = new ReconnectBackoff(timings.reconnectInitialMs, timings.reconnectMaxMs);
  }

  delayAfter(failure: EslSessionEndKind): number {
    return failure === 'unreachable' ? this.whileDown.next() : this.otherwise.next();
  }

  /** After a successful connection. */
  reset(): void {
    this.whileDown.reset();
    this.otherwise.reset();
  }
}
