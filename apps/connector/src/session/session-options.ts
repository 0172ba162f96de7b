/** Injection token of the resolved SessionOptions. */
export const SESSION_OPTIONS = Symbol('SESSION_OPTIONS');

export interface SessionOptions {
  /** How long a browser session lasts from the login; the cookie expires at the same moment. */
  sessionTtlMs: number;
  /** How long a live-socket token may wait to be redeemed. */
  liveTokenTtlMs: number;
  /** At most this many sessions (and as many live tokens) are held; the oldest goes first. */
  maxEntries: number;
  now: () => number;
}

export const DEFAULT_SESSION_OPTIONS: SessionOptions = {
  sessionTtlMs: 8 * 60 * 60_000,
  liveTokenTtlMs: 30_000,
  maxEntries: 10_000,
  now: Date.now,
};

/** The defaults overridden by `options`; throws listing every bad value (checked once, at boot). */
export function resolveSessionOptions(options: Partial<SessionOptions> = {}): SessionOptions {
  const defined = Object.entries(options).filter(([, value]) => value !== undefined);
  const resolved: SessionOptions = { ...DEFAULT_SESSION_OPTIONS, ...Object.fromEntries(defined) };
  const counts = ['sessionTtlMs', 'liveTokenTtlMs', 'maxEntries'] as const;
  const problems = counts
    .filter((key) => !Number.isSafeInteger(resolved[key]) || resolved[key] <= 0)
    .map((key) => `${key} must be a positive integer`);
  if (problems.length > 0) throw new Error(`Invalid session options: ${problems.join('; ')}`);
  return resolved;
}
