import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { LoginLimits } from './login-limits';

/**
 * The counters of the login policy. They live in this process's memory; each is a rate-limiter-flexible
 * limiter, so connectors that share one budget can swap them for limiters over a shared store (Redis and
 * others) with the same options.
 */
export interface LoginLimiters {
  /** Failures in a row per address and name; blocks the pair once over. */
  pairs: RateLimiterAbstract;
  /** Failures per address; blocks the address once over. */
  addresses: RateLimiterAbstract;
  /** Failures per name, from all addresses; counts only. */
  names: RateLimiterAbstract;
  /** Pairs held back while their name is under attack. */
  held: RateLimiterAbstract;
  /** Pairs that logged in successfully: the address's good record for the name. */
  goodRecords: RateLimiterAbstract;
}

export function memoryLoginLimiters(limits: LoginLimits): LoginLimiters {
  return {
    // A limiter blocks once more than `points` are consumed: the Nth failure blocks.
    pairs: new RateLimiterMemory({
      keyPrefix: 'login-pair',
      points: limits.pairFailures - 1,
      duration: limits.pairWindowSeconds,
      blockDuration: limits.pairBlockSeconds,
    }),
    addresses: new RateLimiterMemory({
      keyPrefix: 'login-address',
      points: limits.addressFailures - 1,
      duration: limits.addressWindowSeconds,
      blockDuration: limits.addressBlockSeconds,
    }),
    names: new RateLimiterMemory({
      keyPrefix: 'login-name',
      points: limits.nameFailures,
      duration: limits.nameWindowSeconds,
    }),
    held: new RateLimiterMemory({ keyPrefix: 'login-held', points: 1, duration: limits.nameHoldSeconds }),
    goodRecords: new RateLimiterMemory({
      keyPrefix: 'login-good',
      points: 1,
      duration: limits.goodRecordSeconds,
    }),
  };
}

/** Counts one failure; a limiter that is over its points answers by rejecting, which is no error here. */
export async function countFailure(limiter: RateLimiterAbstract, key: string): Promise<void> {
  await limiter.consume(key).catch((rejection: unknown) => {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
  });
}

/** Milliseconds until the key's record ends, when it holds at least `points`; else 0. */
export async function heldFor(limiter: RateLimiterAbstract, key: string, points = 1): Promise<number> {
  const record = await limiter.get(key);
  if (record === null || record.consumedPoints < points) return 0;
  return Math.max(0, record.msBeforeNext);
}
