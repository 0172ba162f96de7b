import { addressKey, nameKey, pairKey } from './client-keys';
import { countFailure, heldFor, memoryLoginLimiters, type LoginLimiters } from './login-limiters';
import type { LoginLimits } from './login-limits';

export type LoginCheck = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * One failure budget for every way of logging in (Digest, POST /session, the live socket). A password
 * is refused only for failures of the refused address itself:
 *
 * - an address and a name (a pair): `pairFailures` failures in a row block the pair for every password;
 * - an address: `addressFailures` failures, whatever the names, block it for the names it has no good
 *   record for (a successful login as that name within `goodRecordSeconds`);
 * - a name: once it had `nameFailures` failures from anywhere within its window it is under attack, and
 *   each further failure at it holds back its address, unless that has a good record, for `nameHoldSeconds`.
 *
 * So an address with a good record for a name loses it only to its own failures in a row at that name,
 * and an address that has not failed (a fresh one) is let in whatever others did.
 */
export class LoginPolicy {
  constructor(
    private readonly limits: LoginLimits,
    private readonly limiters: LoginLimiters = memoryLoginLimiters(limits),
  ) {}

  /** Whether `address` may try a password for `name` now; `name` is undefined for a login without one. */
  async check(address: string, name: string | undefined): Promise<LoginCheck> {
    const addressBlock = () =>
      heldFor(this.limiters.addresses, addressKey(address), this.limits.addressFailures);
    if (name === undefined) return verdict(await addressBlock());
    const pair = pairKey(address, name);
    const [pairBlock, good] = await Promise.all([
      heldFor(this.limiters.pairs, pair, this.limits.pairFailures),
      this.hasGoodRecord(pair),
    ]);
    if (good) return verdict(pairBlock);
    const others = await Promise.all([addressBlock(), heldFor(this.limiters.held, pair)]);
    return verdict(Math.max(pairBlock, ...others));
  }

  /** Counts a wrong password (or an unknown name, or a live token that is not one). */
  async failed(address: string, name: string | undefined): Promise<void> {
    await countFailure(this.limiters.addresses, addressKey(address));
    if (name === undefined) return;
    const pair = pairKey(address, name);
    await countFailure(this.limiters.pairs, pair);
    const atName = await this.limiters.names.penalty(nameKey(name));
    if (atName.consumedPoints >= this.limits.nameFailures && !(await this.hasGoodRecord(pair))) {
      await this.limiters.held.block(pair, this.limits.nameHoldSeconds);
    }
  }

  /** A right password: the pair's failures in a row end, and the address has a good record for the name. */
  async succeeded(address: string, name: string): Promise<void> {
    const pair = pairKey(address, name);
    await Promise.all([
      this.limiters.pairs.delete(pair),
      this.limiters.goodRecords.set(pair, 1, this.limits.goodRecordSeconds),
    ]);
  }

  private async hasGoodRecord(pair: string): Promise<boolean> {
    return (await heldFor(this.limiters.goodRecords, pair)) > 0;
  }
}

function verdict(blockedForMs: number): LoginCheck {
  if (blockedForMs <= 0) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.ceil(blockedForMs / 1000) };
}
