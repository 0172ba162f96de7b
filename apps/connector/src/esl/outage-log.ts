import type { Logger } from '@nestjs/common';
import type { EslSessionEnd, EslSessionEndKind } from './esl-session';

interface Outage {
  since: number;
  failedAttempts: number;
  kind: EslSessionEndKind;
  loggedAt: number;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const failedAttempts = (count: number): string => `${count} failed attempt${count === 1 ? '' : 's'}`;

/**
 * What the log says while there is no connection to FreeSWITCH: the failure that began it, each change
 * in the kind of failure, and a summary at most every `summaryMs` while it goes on; then one line once
 * connected again, saying for how long there was none.
 */
export class OutageLog {
  private outage: Outage | undefined;

  constructor(
    private readonly logger: Logger,
    private readonly address: string,
    private readonly summaryMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** A session ended before (`wasConnected` false) or after it was connected; the next try is in `retryMs`. */
  failed(end: EslSessionEnd, wasConnected: boolean, retryMs: number): void {
    const now = this.now();
    const previous = this.outage;
    const outage = previous ?? { since: now, failedAttempts: 0, kind: end.kind, loggedAt: now };
    this.outage = outage;
    outage.failedAttempts += wasConnected ? 0 : 1;
    const news = previous === undefined || previous.kind !== end.kind;
    outage.kind = end.kind;
    if (!news && now - outage.loggedAt < this.summaryMs) return;
    outage.loggedAt = now;
    const what = news
      ? this.describe(end, wasConnected)
      : `Still no connection to FreeSWITCH at ${this.address} after ${failedAttempts(outage.failedAttempts)} ` +
        `in ${seconds(now - outage.since)} (last: ${end.reason})`;
    this.write(end.kind, `${what}; ${wasConnected ? 'reconnecting' : 'retrying'} in ${retryMs} ms`);
  }

  connected(): void {
    const outage = this.outage;
    this.outage = undefined;
    const after = outage
      ? ` after ${seconds(this.now() - outage.since)} without a connection (${failedAttempts(outage.failedAttempts)})`
      : '';
    this.logger.log(`Connected to FreeSWITCH at ${this.address}${after}`);
  }

  private describe(end: EslSessionEnd, wasConnected: boolean): string {
    if (wasConnected) return `Disconnected from FreeSWITCH at ${this.address}: ${end.reason}`;
    if (end.kind === 'auth-failed')
      return `Authentication to FreeSWITCH at ${this.address} failed: ${end.reason}`;
    if (end.kind === 'rejected')
      return `FreeSWITCH at ${this.address} rejected the connection: ${end.reason}`;
    return `Could not connect to FreeSWITCH at ${this.address}: ${end.reason}`;
  }

  private write(kind: EslSessionEndKind, message: string): void {
    if (kind === 'auth-failed' || kind === 'rejected') this.logger.error(message);
    else this.logger.warn(message);
  }
}
