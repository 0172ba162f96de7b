/** Injection token of the resolved AuthOptions. */
export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

export interface AuthOptions {
  /** The Digest realm; part of every password hash, so changing it logs every client out. */
  realm: string;
  /** How long a nonce is accepted; an older one is answered with `stale=true`. */
  nonceTtlMs: number;
  /** Failed logins allowed per client address and per user name within `failureWindowMs`; then 429. */
  maxFailures: number;
  failureWindowMs: number;
}

export const DEFAULT_AUTH_OPTIONS: AuthOptions = {
  realm: 'fscon',
  nonceTtlMs: 5 * 60_000,
  maxFailures: 10,
  failureWindowMs: 15 * 60_000,
};

/** The defaults overridden by `options`; throws listing every bad value (checked once, at boot). */
export function resolveAuthOptions(options: Partial<AuthOptions> = {}): AuthOptions {
  const resolved = { ...DEFAULT_AUTH_OPTIONS, ...withoutUndefined(options) };
  const problems: string[] = [];
  if (!/^[\x20-\x7e]+$/.test(resolved.realm)) problems.push('realm must be non-empty printable ASCII');
  for (const key of ['nonceTtlMs', 'maxFailures', 'failureWindowMs'] as const) {
    if (!Number.isSafeInteger(resolved[key]) || resolved[key] <= 0)
      problems.push(`${key} must be a positive integer`);
  }
  if (problems.length > 0) throw new Error(`Invalid auth options: ${problems.join('; ')}`);
  return resolved;
}

function withoutUndefined(options: Partial<AuthOptions>): Partial<AuthOptions> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}
