export interface FailureLimiterOptions {
  /** Failures allowed within the window; the next attempt is refused. */
  maxFailures: number;
  windowMs: number;
  /** At most this many keys are remembered; the least recently failing one goes first. */
  maxKeys: number;
}

/**
 * Counts failed logins per key (a client address, a user name) in a sliding window. A key with
 * `maxFailures` failures inside the window is blocked until the oldest of them leaves the window.
 */
export class FailureLimiter {
  /** Per key, the times of its last failures, oldest first, at most `maxFailures` of them. */
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly options: FailureLimiterOptions) {}

  /** Milliseconds until `key` may try again; 0 when it may try now. */
  blockedFor(key: string, now: number): number {
    const times = this.recent(key, now);
    if (times.length < this.options.maxFailures) return 0;
    return times[0]! + this.options.windowMs - now;
  }

  recordFailure(key: string, now: number): void {
    const times = this.recent(key, now);
    times.push(now);
    if (times.length > this.options.maxFailures) times.shift();
    this.failures.delete(key);
    this.failures.set(key, times);
    if (this.failures.size > this.options.maxKeys) {
      this.failures.delete(this.failures.keys().next().value as string);
    }
  }

  private recent(key: string, now: number): number[] {
    const times = this.failures.get(key);
    if (times === undefined) return [];
    const firstRecent = times.findIndex((time) => now - time < this.options.windowMs);
    if (firstRecent === -1) {
      this.failures.delete(key);
      return [];
    }
    return times.slice(firstRecent);
  }
}
