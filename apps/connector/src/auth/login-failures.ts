import { createHash } from 'node:crypto';
import { FailureLimiter } from './failure-limiter';

const MAX_TRACKED_FAILURE_KEYS = 10_000;

export interface LoginFailureLimits {
  maxFailures: number;
  failureWindowMs: number;
}

/**
 * Failed name-and-password logins, counted per client address and per user name under the same
 * limits: a login is refused while either has `maxFailures` failures within the window.
 */
export class LoginFailures {
  private readonly byAddress: FailureLimiter;
  private readonly byName: FailureLimiter;

  constructor(limits: LoginFailureLimits) {
    const options = {
      maxFailures: limits.maxFailures,
      windowMs: limits.failureWindowMs,
      maxKeys: MAX_TRACKED_FAILURE_KEYS,
    };
    this.byAddress = new FailureLimiter(options);
    this.byName = new FailureLimiter(options);
  }

  /** Milliseconds until the address may try again; 0 when it may try now. */
  addressBlockedFor(address: string, now: number): number {
    return this.byAddress.blockedFor(address, now);
  }

  /** Milliseconds until the name may be tried again; 0 when it may be tried now. */
  nameBlockedFor(name: string, now: number): number {
    return this.byName.blockedFor(failureKey(name), now);
  }

  record(address: string, name: string, now: number): void {
    this.byAddress.recordFailure(address, now);
    this.byName.recordFailure(failureKey(name), now);
  }
}

/** A Retry-After in whole seconds for a block of that many milliseconds. */
export function retryAfterSeconds(blockedForMs: number): number {
  return Math.ceil(blockedForMs / 1000);
}

/** A user name as a failure key; a long one is hashed, so what the limiter holds stays small. */
function failureKey(name: string): string {
  return name.length <= 64 ? name : createHash('sha256').update(name).digest('base64');
}
