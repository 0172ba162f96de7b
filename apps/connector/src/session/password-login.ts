import type { User } from '@fscon/contracts';
import { LoginFailures, retryAfterSeconds } from '../auth/login-failures';
import type { UserDirectory } from '../auth/user-directory.port';
import { verifyNamePassword } from '../auth/verify-name-password';
import type { SessionOptions } from './session-options';

export type LoginOutcome =
  | { kind: 'authenticated'; user: User }
  | { kind: 'refused' }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'not-ready' };

/**
 * A name and password login for the session route, limited like Digest logins: after `maxFailures`
 * failures within the window from one address or for one name, further attempts are refused.
 */
export class PasswordLogin {
  private readonly failures: LoginFailures;

  constructor(
    private readonly directory: UserDirectory,
    private readonly options: SessionOptions,
  ) {
    this.failures = new LoginFailures(options);
  }

  login(name: string, password: string, address: string): LoginOutcome {
    if (!this.directory.isReady()) return { kind: 'not-ready' };
    const now = this.options.now();
    const blockedFor = Math.max(
      this.failures.addressBlockedFor(address, now),
      this.failures.nameBlockedFor(name, now),
    );
    if (blockedFor > 0) return { kind: 'rate-limited', retryAfterSeconds: retryAfterSeconds(blockedFor) };
    const user = verifyNamePassword(this.directory, name, password);
    if (user !== undefined) return { kind: 'authenticated', user };
    this.failures.record(address, name, now);
    return { kind: 'refused' };
  }
}
