import type { User } from '@fscon/contracts';
import type { LoginPolicy } from './login-policy/login-policy';
import type { UserDirectory } from './user-directory.port';
import { verifyNamePassword } from './verify-name-password';

export type LoginOutcome =
  | { kind: 'authenticated'; user: User }
  | { kind: 'refused' }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'not-ready' };

/**
 * A plain name and password login (POST /session, the live socket's `?login=`), under the failure
 * budget every login shares.
 */
export class PasswordLogin {
  constructor(
    private readonly directory: UserDirectory,
    private readonly policy: LoginPolicy,
  ) {}

  async login(name: string, password: string, address: string): Promise<LoginOutcome> {
    if (!this.directory.isReady()) return { kind: 'not-ready' };
    const check = await this.policy.check(address, name);
    if (!check.allowed) return { kind: 'rate-limited', retryAfterSeconds: check.retryAfterSeconds };
    const user = verifyNamePassword(this.directory, name, password);
    if (user === undefined) {
      await this.policy.failed(address, name);
      return { kind: 'refused' };
    }
    await this.policy.succeeded(address, name);
    return { kind: 'authenticated', user };
  }
}
