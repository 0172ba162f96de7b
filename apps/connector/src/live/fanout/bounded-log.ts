/**
 * The newest `capacity` items of a numbered sequence (each item's `seq` one above the one before),
 * in a ring. Answers "everything after n" while all of it is still held.
 */
export class BoundedLog<T extends { readonly seq: number }> {
  private readonly ring: (T | undefined)[];
  private start = 0;
  private count = 0;

  /** `lastSeq`: the number before the first item's. */
  constructor(
    readonly capacity: number,
    private lastSeq = 0,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be at least 1');
    this.ring = new Array<T | undefined>(capacity);
  }

  get last(): number {
    return this.lastSeq;
  }

  push(item: T): void {
    if (item.seq !== this.lastSeq + 1)
      throw new RangeError(`seq ${item.seq} does not follow ${this.lastSeq}`);
    this.lastSeq = item.seq;
    if (this.count < this.capacity) {
      this.ring[(this.start + this.count) % this.capacity] = item;
      this.count++;
    } else {
      this.ring[this.start] = item;
      this.start = (this.start + 1) % this.capacity;
    }
  }

  /**
   * The items after `seq`, oldest first (empty when `seq` is the last number), or undefined when some
   * of them are no longer held or `seq` is not a number this log gave out.
   */
  after(seq: number): T[] | undefined {
    if (!Number.isInteger(seq) || seq > this.lastSeq) return undefined;
    const first = this.lastSeq - this.count + 1;
    if (seq < first - 1) return undefined;
    const items: T[] = [];
    for (let i = seq - first + 1; i < this.count; i++)
      items.push(this.ring[(this.start + i) % this.capacity]!);
    return items;
  }
}
