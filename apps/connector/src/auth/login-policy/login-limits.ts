const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The numbers of the login policy (see LoginPolicy), in whole seconds. Failures count per client address
 * and user name (a pair), per address, and per name.
 */
export interface LoginLimits {
  /** Failures in a row of one address at one name (a success there starts again) that block the pair... */
  pairFailures: number;
  /** ...counted for this long from the first of them... */
  pairWindowSeconds: number;
  /** ...for this long, for every password. */
  pairBlockSeconds: number;
  /** Failures of one address, whatever the names, within the window that block it... */
  addressFailures: number;
  addressWindowSeconds: number;
  /** ...for this long, for the names it has no good record for. */
  addressBlockSeconds: number;
  /** Failures at one name from all addresses within the window that put the name under attack. */
  nameFailures: number;
  nameWindowSeconds: number;
  /** Under attack, each failure at the name holds back its address, if without a good record, this long. */
  nameHoldSeconds: number;
  /** How long a successful login gives its address a good record for that name. */
  goodRecordSeconds: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  pairFailures: 10,
  pairWindowSeconds: DAY,
  pairBlockSeconds: HOUR,
  addressFailures: 100,
  addressWindowSeconds: DAY,
  addressBlockSeconds: DAY,
  nameFailures: 10,
  nameWindowSeconds: 15 * MINUTE,
  nameHoldSeconds: 15 * MINUTE,
  goodRecordSeconds: 14 * DAY,
};

/**
 * The in-memory limiters forget a key with a timer, and Node runs a timer of more than 2^31 - 1 ms
 * (24.8 days) after 1 ms: such a duration would forget at once.
 */
const LONGEST_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

/** What is wrong with the limits, one phrase per bad value; empty when they are good. */
export function loginLimitProblems(limits: LoginLimits): string[] {
  return Object.entries(limits).flatMap(([key, value]: [string, number]) => {
    if (!Number.isSafeInteger(value) || value <= 0) return [`loginLimits.${key} must be a positive integer`];
    if (key.endsWith('Seconds') && value > LONGEST_SECONDS) {
      return [`loginLimits.${key} must be at most ${LONGEST_SECONDS} (24.8 days)`];
    }
    return [];
  });
}
