import type { User } from '@fscon/contracts';
import type { UserDirectory } from '../auth/user-directory.port';
import type { SessionOptions } from './session-options';
import { TokenRegistry, type IssuedToken } from './token-registry';

/**
 * Short-lived, single-use tokens for opening the live WebSocket (`/api/live?token=`), so that no
 * password travels in a URL. An authenticated HTTP route issues one; the gateway redeems it.
 */
export class LiveTokens {
  private readonly registry: TokenRegistry;

  constructor(directory: UserDirectory, options: SessionOptions) {
    this.registry = new TokenRegistry(directory, {
      ttlMs: options.liveTokenTtlMs,
      maxEntries: options.maxEntries,
      now: options.now,
    });
  }

  issue(user: User): IssuedToken {
    return this.registry.issue(user);
  }

  /** The user the token was issued to, as the directory has it now; undefined when unknown, used, expired or the user changed. */
  redeem(token: string): User | undefined {
    return this.registry.take(token);
  }
}
