import type { Counter, Gauge } from 'prom-client';

/**
 * Counts per label value in a Float64Array, added to in place (no label hashing, no allocation), for
 * the instruments on the hot path; copied into its prom-client metric when scraped. Keys outside the
 * set count under `other`, when there is one, so the label's values stay bounded.
 */
export class Tally {
  readonly counts: Float64Array;
  private readonly entries: readonly { key: string; label: string }[];
  private readonly index: ReadonlyMap<string, number>;
  private readonly otherIndex: number;

  /** `known`: what add() is called with, each with the label value it is shown as. */
  constructor(known: readonly { key: string; label: string }[], other?: string) {
    this.entries = other === undefined ? known : [...known, { key: other, label: other }];
    this.counts = new Float64Array(this.entries.length);
    this.index = new Map(this.entries.map(({ key }, i) => [key, i]));
    this.otherIndex = other === undefined ? -1 : this.entries.length - 1;
  }

  static of(keys: readonly string[], other?: string): Tally {
    return new Tally(
      keys.map((key) => ({ key, label: key })),
      other,
    );
  }

  add(key: string, amount = 1): void {
    const i = this.index.get(key) ?? this.otherIndex;
    if (i >= 0) this.counts[i] += amount;
  }

  /** Adds the totals to a counter that its collect() has just reset. */
  addToCounter(counter: Counter<string>, labelName: string): void {
    this.entries.forEach(({ label }, i) => counter.inc({ [labelName]: label }, this.counts[i]));
  }

  setGauge(gauge: Gauge<string>, labelName: string): void {
    this.entries.forEach(({ label }, i) => gauge.set({ [labelName]: label }, this.counts[i]));
  }
}
