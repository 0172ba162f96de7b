import { createHash } from 'node:crypto';
import type { User } from '@fscon/contracts';
import { FailureLimiter } from '../auth/failure-limiter';
import type { UserDirectory } from '../auth/user-directory.port';
import { verifyNamePassword } from '../auth/verify-name-password';
import type { SessionOptions } from './session-options';

export type LoginOutcome =
  | { kind: 'authenticated'; user: User }
  | { kind: 'refused' }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'not-ready' };

const MAX_TRACKED_FAILURE_KEYS = 10_000;

/**
 * A name and password login for the session route, limited like Digest logins: after `maxFailures`
 * failures within the window from one address or for one name, further attempts are refused.
 */
export class PasswordLogin {
  private readonly addressFailures: FailureLimiter;
  private readonly nameFailures: FailureLimiter;

  constructor(
    private readonly directory: UserDirectory,
    private readonly options: SessionOptions,
  ) {
    const limits = {
      maxFailures: options.maxFailures,
      windowMs: options.failureWindowMs,
      maxKeys: MAX_TRACKED_FAILURE_KEYS,
    };
    this.addressFailures = new FailureLimiter(limits);
    this.nameFailures = new FailureLimiter(limits);
  }

  login(name: string, password: string, address: string): LoginOutcome {
    if (!this.directory.isReady()) return { kind: 'not-ready' };
    const now = this.options.now();
    const nameKey = failureKey(name);
    const blockedFor = Math.max(
      this.addressFailures.blockedFor(address, now),
      this.nameFailures.blockedFor(nameKey, now),
    );
    if (blockedFor > 0) return { kind: 'rate-limited', retryAfterSeconds: Math.ceil(blockedFor / 1000) };
    const user = verifyNamePassword(this.directory, name, password);
    if (user !== undefined) return { kind: 'authenticated', user };
    this.addressFailures.recordFailure(address, now);
    this.nameFailures.recordFailure(nameKey, now);
    return { kind: 'refused' };
  }
}

function failureKey(name: string): string {
  return name.length <= 64 ? name : createHash('sha256').update(name).digest('base64');
}
