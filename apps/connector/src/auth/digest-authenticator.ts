import { randomBytes } from 'node:crypto';
import type { User } from '@fscon/contracts';
import type { AuthOptions } from './auth-options';
import { buildChallenges, deriveOpaque } from './digest/challenge';
import { parseDigestCredentials } from './digest/digest-credentials';
import { issueNonce } from './digest/nonce';
import { NonceCountTracker } from './digest/nonce-count-tracker';
import { verifyDigestResponse } from './digest/verify-digest';
import type { LoginPolicy } from './login-policy/login-policy';
import type { UserDirectory } from './user-directory.port';

/** What the authenticator needs of an HTTP request. */
export interface DigestRequest {
  method: string;
  /** The request target as received: path and query. */
  url: string;
  authorization: string | undefined;
  /** The client address the login policy counts failures for. */
  address: string;
}

/** Why a request was not authenticated; for logs, never sent to the client. */
export type ChallengeReason = 'missing' | 'malformed' | 'rejected' | 'stale' | 'replayed' | 'bad-credentials';

export type AuthOutcome =
  | { kind: 'authenticated'; user: User }
  | { kind: 'challenge'; reason: ChallengeReason; username?: string; challenges: string[] }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'not-ready' };

export interface DigestAuthenticatorDeps {
  now?: () => number;
  /** The key of nonce HMACs; random per process unless given. */
  secret?: Buffer;
}

const MAX_TRACKED_NONCES = 10_000;

/**
 * HTTP Digest authentication against the user directory, free of any web framework: it decides,
 * the caller (a guard, a middleware) turns the outcome into a response. A wrong password counts against
 * the login policy's budget; a request without credentials, malformed ones, answers to a nonce that is
 * stale, replayed or not ours never do, since they tell nothing about the password.
 */
export class DigestAuthenticator {
  private readonly now: () => number;
  private readonly secret: Buffer;
  private readonly opaque: string;
  private readonly nonceCounts: NonceCountTracker;

  constructor(
    private readonly options: AuthOptions,
    private readonly directory: UserDirectory,
    private readonly policy: LoginPolicy,
    deps: DigestAuthenticatorDeps = {},
  ) {
    this.now = deps.now ?? Date.now;
    this.secret = deps.secret ?? randomBytes(32);
    this.opaque = deriveOpaque(options.realm);
    this.nonceCounts = new NonceCountTracker({
      nonceTtlMs: options.nonceTtlMs,
      maxNonces: MAX_TRACKED_NONCES,
    });
  }

  async authenticate(request: DigestRequest): Promise<AuthOutcome> {
    if (!this.directory.isReady()) return { kind: 'not-ready' };
    // A client's first request carries no credentials: it gets a challenge, whatever its address did.
    if (request.authorization === undefined) return this.challenge('missing');
    const credentials = parseDigestCredentials(request.authorization);
    if (credentials === undefined) return this.challenge('malformed');
    const { username } = credentials;
    const check = await this.policy.check(request.address, username);
    if (!check.allowed) return { kind: 'rate-limited', retryAfterSeconds: check.retryAfterSeconds };

    const now = this.now();
    const user = this.directory.findByName(username);
    const verdict = verifyDigestResponse({
      credentials,
      method: request.method,
      requestUri: request.url,
      username,
      // An unknown name is checked against a throw-away password, so it costs the same time as a wrong one.
      password: user?.password ?? randomBytes(16).toString('hex'),
      realm: this.options.realm,
      opaque: this.opaque,
      secret: this.secret,
      now,
      nonceTtlMs: this.options.nonceTtlMs,
    });
    switch (verdict.outcome) {
      case 'rejected':
        return this.challenge('rejected', username);
      case 'stale':
        return this.challenge('stale', username);
      case 'wrong-response':
        return this.fail(request.address, username);
      case 'valid': {
        if (!user) return this.fail(request.address, username);
        const use = this.nonceCounts.use(credentials.nonce, verdict.nonceIssuedAt, verdict.nc, now);
        if (use !== 'accepted') return this.challenge(use === 'replayed' ? 'replayed' : 'stale', username);
        await this.policy.succeeded(request.address, username);
        return { kind: 'authenticated', user };
      }
      default: {
        const unhandled: never = verdict;
        return unhandled;
      }
    }
  }

  /** The `WWW-Authenticate` values of a 401 answer, with a fresh nonce. */
  challenges(stale = false): string[] {
    const nonce = issueNonce(this.secret, this.now());
    return buildChallenges({ realm: this.options.realm, nonce, opaque: this.opaque, stale });
  }

  private challenge(reason: ChallengeReason, username?: string): AuthOutcome {
    const stale = reason === 'stale' || reason === 'replayed';
    return { kind: 'challenge', reason, username, challenges: this.challenges(stale) };
  }

  private async fail(address: string, username: string): Promise<AuthOutcome> {
    await this.policy.failed(address, username);
    return this.challenge('bad-credentials', username);
  }
}
