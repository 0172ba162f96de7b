import type { User } from '@fscon/contracts';
import type { UserDirectory } from '../auth/user-directory.port';
import type { SessionOptions } from './session-options';
import { TokenRegistry, type IssuedToken } from './token-registry';

/** Browser sessions: the token lives in an httpOnly cookie and is checked on every request. */
export class Sessions {
  private readonly registry: TokenRegistry;

  constructor(directory: UserDirectory, options: SessionOptions) {
    this.registry = new TokenRegistry(directory, {
      ttlMs: options.sessionTtlMs,
      maxEntries: options.maxEntries,
      now: options.now,
    });
  }

  open(user: User): IssuedToken {
    return this.registry.issue(user);
  }

  /** The session's user, as the directory has it now, and when the session ends. */
  find(token: string): { user: User; expiresAt: number } | undefined {
    return this.registry.resolve(token);
  }

  close(token: string): void {
    this.registry.revoke(token);
  }
}
