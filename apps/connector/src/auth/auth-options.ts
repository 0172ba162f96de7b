import { DEFAULT_LOGIN_LIMITS, loginLimitProblems, type LoginLimits } from './login-policy/login-limits';

/** Injection token of the resolved AuthOptions. */
export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

export interface AuthOptions {
  /** The Digest realm; part of every password hash, so changing it logs every client out. */
  realm: string;
  /** How long a nonce is accepted; an older one is answered with `stale=true`. */
  nonceTtlMs: number;
  /** The failure budget every login path shares (see LoginPolicy). */
  loginLimits: LoginLimits;
}

/** Values over the defaults; `loginLimits` too may name only some. */
export type AuthOptionsInput = Partial<Omit<AuthOptions, 'loginLimits'>> & {
  loginLimits?: Partial<LoginLimits>;
};

export const DEFAULT_AUTH_OPTIONS: AuthOptions = {
  realm: 'fscon',
  nonceTtlMs: 5 * 60_000,
  loginLimits: DEFAULT_LOGIN_LIMITS,
};

/** The defaults overridden by `options`; throws listing every bad value (checked once, at boot). */
export function resolveAuthOptions(options: AuthOptionsInput = {}): AuthOptions {
  const { loginLimits, ...rest } = withoutUndefined(options);
  const resolved: AuthOptions = {
    ...DEFAULT_AUTH_OPTIONS,
    ...rest,
    loginLimits: { ...DEFAULT_LOGIN_LIMITS, ...withoutUndefined(loginLimits ?? {}) },
  };
  const problems: string[] = [];
  if (!/^[\x20-\x7e]+$/.test(resolved.realm)) problems.push('realm must be non-empty printable ASCII');
  if (!Number.isSafeInteger(resolved.nonceTtlMs) || resolved.nonceTtlMs <= 0)
    problems.push('nonceTtlMs must be a positive integer');
  problems.push(...loginLimitProblems(resolved.loginLimits));
  if (problems.length > 0) throw new Error(`Invalid auth options: ${problems.join('; ')}`);
  return resolved;
}

function withoutUndefined<T extends object>(options: T): T {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as T;
}
