import { createHash, randomBytes } from 'node:crypto';
import type { User } from '@fscon/contracts';
import { constantTimeEqual } from '../auth/digest/constant-time';
import type { UserDirectory } from '../auth/user-directory.port';
import { userFingerprint } from './user-fingerprint';

export interface IssuedToken {
  token: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

export interface TokenRegistryOptions {
  ttlMs: number;
  maxEntries: number;
  now: () => number;
}

interface Entry {
  name: string;
  fingerprint: string;
  expiresAt: number;
}

/**
 * Random bearer tokens that stand for a user of the directory until they expire, are revoked, or the
 * user changes. Only a hash of each token is held, so the map's keys are worthless to a reader and a
 * lookup leaks nothing through timing.
 */
export class TokenRegistry {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly directory: UserDirectory,
    private readonly options: TokenRegistryOptions,
  ) {}

  issue(user: User): IssuedToken {
    const now = this.options.now();
    this.dropExpired(now);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = now + this.options.ttlMs;
    this.entries.set(keyOf(token), { name: user.name, fingerprint: userFingerprint(user), expiresAt });
    if (this.entries.size > this.options.maxEntries) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
    return { token, expiresAt };
  }

  /** The current user and expiry of a valid token; an invalid one is forgotten. */
  resolve(token: string): { user: User; expiresAt: number } | undefined {
    const key = keyOf(token);
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    const user = this.directory.findByName(entry.name);
    const valid =
      entry.expiresAt > this.options.now() &&
      user !== undefined &&
      constantTimeEqual(userFingerprint(user), entry.fingerprint);
    if (!valid) {
      this.entries.delete(key);
      return undefined;
    }
    return { user, expiresAt: entry.expiresAt };
  }

  /** Resolves a token once: afterwards it is gone, whether it was valid or not. */
  take(token: string): User | undefined {
    const user = this.resolve(token)?.user;
    this.revoke(token);
    return user;
  }

  revoke(token: string): void {
    this.entries.delete(keyOf(token));
  }

  get size(): number {
    return this.entries.size;
  }

  /** Entries are held in the order they were issued with one lifetime, so the expired ones come first. */
  private dropExpired(now: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt > now) return;
      this.entries.delete(key);
    }
  }
}

function keyOf(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
