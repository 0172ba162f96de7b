/** How far below the highest count seen a nonce count may arrive (requests sent in parallel overtake each other). */
const COUNT_WINDOW = 64;

interface NonceUse {
  issuedAt: number;
  highest: number;
  /** The counts seen within the window below `highest`, `highest` included. */
  seen: Set<number>;
}

export type NonceCountVerdict = 'accepted' | 'replayed' | 'forgotten';

export interface NonceCountTrackerOptions {
  nonceTtlMs: number;
  /** At most this many nonces are remembered; memory stays bounded whatever the clients do. */
  maxNonces: number;
}

/**
 * Refuses a second use of the same (nonce, nc) pair. Each nonce keeps a small window of counts; when the
 * table is full the oldest nonce is dropped, and from then on every unknown nonce issued before it is
 * `forgotten` (the client gets a fresh nonce) rather than accepted, so forgetting never re-opens a replay.
 */
export class NonceCountTracker {
  private readonly uses = new Map<string, NonceUse>();
  private forgottenUpTo = -Infinity;

  constructor(private readonly options: NonceCountTrackerOptions) {}

  get size(): number {
    return this.uses.size;
  }

  use(nonce: string, issuedAt: number, nc: number, now: number): NonceCountVerdict {
    const known = this.uses.get(nonce);
    if (known === undefined) {
      if (issuedAt <= this.forgottenUpTo) return 'forgotten';
      this.remember(nonce, { issuedAt, highest: nc, seen: new Set([nc]) }, now);
      return 'accepted';
    }
    if (known.seen.has(nc) || nc <= known.highest - COUNT_WINDOW) return 'replayed';
    known.seen.add(nc);
    if (nc > known.highest) {
      known.highest = nc;
      for (const count of known.seen) if (count <= nc - COUNT_WINDOW) known.seen.delete(count);
    }
    return 'accepted';
  }

  private remember(nonce: string, use: NonceUse, now: number): void {
    this.dropExpired(now);
    this.uses.set(nonce, use);
    if (this.uses.size > this.options.maxNonces) {
      const [oldestNonce, oldest] = this.uses.entries().next().value as [string, NonceUse];
      this.uses.delete(oldestNonce);
      this.forgottenUpTo = Math.max(this.forgottenUpTo, oldest.issuedAt);
    }
  }

  /** Expired nonces are refused before they get here, so their entries can go. */
  private dropExpired(now: number): void {
    for (const [nonce, use] of this.uses) {
      if (now - use.issuedAt <= this.options.nonceTtlMs) return;
      this.uses.delete(nonce);
    }
  }
}
