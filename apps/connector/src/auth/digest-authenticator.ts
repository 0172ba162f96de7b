import { randomBytes } from 'node:crypto';
import type { User } from '@fscon/contracts';
import type { AuthOptions } from './auth-options';
import { buildChallenges, deriveOpaque } from './digest/challenge';
import { parseDigestCredentials } from './digest/digest-credentials';
import { issueNonce } from './digest/nonce';
import { NonceCountTracker } from './digest/nonce-count-tracker';
import { verifyDigestResponse } from './digest/verify-digest';
import { LoginFailures, retryAfterSeconds } from './login-failures';
import type { UserDirectory } from './user-directory.port';

/** What the authenticator needs of an HTTP request. */
export interface DigestRequest {
  method: string;
  /** The request target as received: path and query. */
  url: string;
  authorization: string | undefined;
  /** The client address the failure limit applies to. */
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
 * the caller (a guard, a middleware) turns the outcome into a response.
 */
export class DigestAuthenticator {
  private readonly now: () => number;
  private readonly secret: Buffer;
  private readonly opaque: string;
  private readonly nonceCounts: NonceCountTracker;
  private readonly failures: LoginFailures;

  constructor(
    private readonly options: AuthOptions,
    private readonly directory: UserDirectory,
    deps: DigestAuthenticatorDeps = {},
  ) {
    this.now = deps.now ?? Date.now;
    this.secret = deps.secret ?? randomBytes(32);
    this.opaque = deriveOpaque(options.realm);
    this.nonceCounts = new NonceCountTracker({
      nonceTtlMs: options.nonceTtlMs,
      maxNonces: MAX_TRACKED_NONCES,
    });
    this.failures = new LoginFailures(options);
  }

  authenticate(request: DigestRequest): AuthOutcome {
    if (!this.directory.isReady()) return { kind: 'not-ready' };
    const now = this.now();
    const addressBlock = this.failures.addressBlockedFor(request.address, now);
    if (addressBlock > 0) return rateLimited(addressBlock);
    if (request.authorization === undefined) return this.challenge('missing');
    const credentials = parseDigestCredentials(request.authorization);
    if (credentials === undefined) return this.challenge('malformed');
    const { username } = credentials;
    const nameBlock = this.failures.nameBlockedFor(username, now);
    if (nameBlock > 0) return rateLimited(nameBlock);

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
        return this.fail(request.address, username, now);
      case 'valid': {
        if (!user) return this.fail(request.address, username, now);
        const use = this.nonceCounts.use(credentials.nonce, verdict.nonceIssuedAt, verdict.nc, now);
        if (use === 'accepted') return { kind: 'authenticated', user };
        return this.challenge(use === 'replayed' ? 'replayed' : 'stale', username);
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

  private fail(address: string, username: string, now: number): AuthOutcome {
    this.failures.record(address, username, now);
    return this.challenge('bad-credentials', username);
  }
}

function rateLimited(blockedForMs: number): AuthOutcome {
  return { kind: 'rate-limited', retryAfterSeconds: retryAfterSeconds(blockedForMs) };
}
