import { Injectable } from '@nestjs/common';
import type { User } from '@fscon/contracts';
import { DEFAULT_AUTH_OPTIONS } from '../../auth/auth-options';
import { FailureLimiter } from '../../auth/failure-limiter';
import { retryAfterSeconds } from '../../auth/login-failures';
import { verifyNamePassword } from '../../auth/verify-name-password';
import { LiveTokens } from '../../session/live-tokens';
import { XmlStateReadModel } from '../../xml-state/xml-state.read-model';

export type LiveLoginOutcome =
  | { kind: 'authenticated'; user: User }
  | { kind: 'refused' }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'not-ready' };

const MAX_TRACKED_ADDRESSES = 10_000;

/**
 * Who opens a live socket: `?token=` (a single-use token from GET /session/live-token, which keeps
 * passwords out of URLs) or the original `?login=<name>:<password>`, name and password checked
 * together. Failed attempts are limited per client address like every other login.
 */
@Injectable()
export class LiveLogin {
  private readonly failures = new FailureLimiter({
    maxFailures: DEFAULT_AUTH_OPTIONS.maxFailures,
    windowMs: DEFAULT_AUTH_OPTIONS.failureWindowMs,
    maxKeys: MAX_TRACKED_ADDRESSES,
  });

  constructor(
    private readonly directory: XmlStateReadModel,
    private readonly tokens: LiveTokens,
  ) {}

  login(query: URLSearchParams, address: string, now = Date.now()): LiveLoginOutcome {
    if (!this.directory.isReady()) return { kind: 'not-ready' };
    const blockedFor = this.failures.blockedFor(address, now);
    if (blockedFor > 0) return { kind: 'rate-limited', retryAfterSeconds: retryAfterSeconds(blockedFor) };
    const user = this.userOf(query);
    if (user !== undefined) return { kind: 'authenticated', user };
    this.failures.recordFailure(address, now);
    return { kind: 'refused' };
  }

  private userOf(query: URLSearchParams): User | undefined {
    const token = query.get('token');
    if (token !== null) return this.tokens.redeem(token);
    const login = query.get('login');
    const colon = login?.indexOf(':') ?? -1;
    if (login === null || colon <= 0) return undefined;
    return verifyNamePassword(this.directory, login.slice(0, colon), login.slice(colon + 1));
  }
}
