import { CONTEXTS, type Context } from '@fscon/contracts';

const NONE = -1;

/** The sizes of a FrameLog: at most `deltas` deltas and `bytes` bytes of frames. */
export interface FrameLogCapacity {
  deltas: number;
  bytes: number;
}

/**
 * The frames of the newest deltas, numbered upwards (with gaps: numbers no delta had are simply not
 * there), each with the frame it sent to each context. Answers "every frame a context was sent after
 * n" while all of it is still held.
 *
 * The bytes live in one buffer used as a ring, the positions in typed arrays: thousands of deltas held
 * for seconds are no work for the garbage collector. Held as objects, each would be copied by every
 * young-generation collection it lived through, then promoted, and the old generation filled with
 * them would be marked and compacted every few seconds under load, each time delaying every delta.
 *
 * A delta whose frames need more than the whole byte capacity is not held, nor is anything before it.
 */
export class FrameLog {
  private readonly bytes: Buffer;
  /** Per slot: its seq, where its frames begin in `bytes`, and in which pass over `bytes` they were written. */
  private readonly slotSeq: Float64Array;
  private readonly slotStart: Int32Array;
  private readonly slotLap: Float64Array;
  /** Per slot and context: where the context's frame begins, and its length (NONE: no frame). */
  private readonly frameStart: Int32Array;
  private readonly frameLength: Int32Array;
  private readonly capacity: number;
  private oldest = 0;
  private count = 0;
  private writeAt = 0;
  private lap = 0;

  /** The seq of the newest delta no longer held: everything after it is. */
  private forgotten: number;

  /** `lastSeq`: a number below the first delta's. */
  constructor(
    capacity: FrameLogCapacity,
    private lastSeq = 0,
  ) {
    this.forgotten = lastSeq;
    for (const [name, value] of Object.entries(capacity)) {
      if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be at least 1`);
    }
    this.capacity = capacity.deltas;
    this.bytes = Buffer.allocUnsafeSlow(capacity.bytes);
    this.slotSeq = new Float64Array(this.capacity);
    this.slotStart = new Int32Array(this.capacity);
    this.slotLap = new Float64Array(this.capacity);
    this.frameStart = new Int32Array(this.capacity * CONTEXTS.length);
    this.frameLength = new Int32Array(this.capacity * CONTEXTS.length);
  }

  /** The seq of the last delta pushed. */
  get last(): number {
    return this.lastSeq;
  }

  /** The next delta: its seq (above the last) and its frame per context; a shared frame is kept once. */
  push(seq: number, frames: Partial<Record<Context, Buffer>>): void {
    if (!Number.isInteger(seq) || seq <= this.lastSeq) {
      throw new RangeError(`seq ${seq} is not above ${this.lastSeq}`);
    }
    this.lastSeq = seq;
    const distinct = [...new Set(CONTEXTS.flatMap((context) => frames[context] ?? []))];
    const size = distinct.reduce((total, frame) => total + frame.length, 0);
    if (size > this.bytes.length) {
      this.count = 0;
      this.forgotten = seq;
      return;
    }
    if (this.count === this.capacity) this.dropOldest();
    this.makeRoom(size);
    const slot = (this.oldest + this.count) % this.capacity;
    this.slotSeq[slot] = seq;
    this.slotStart[slot] = this.writeAt;
    this.slotLap[slot] = this.lap;
    const startOf = new Map<Buffer, number>();
    for (const frame of distinct) {
      startOf.set(frame, this.writeAt);
      this.writeAt += frame.copy(this.bytes, this.writeAt);
    }
    CONTEXTS.forEach((context, c) => {
      const frame = frames[context];
      this.frameStart[slot * CONTEXTS.length + c] = frame ? startOf.get(frame)! : NONE;
      this.frameLength[slot * CONTEXTS.length + c] = frame ? frame.length : NONE;
    });
    this.count++;
  }

  /**
   * Copies of the frames the context was sent after `seq`, oldest first (empty when `seq` is the last
   * number), or undefined when some of those deltas are no longer held or `seq` is above the last.
   */
  framesAfter(seq: number, context: Context): Buffer[] | undefined {
    if (!Number.isInteger(seq) || seq > this.lastSeq || seq < this.forgotten) return undefined;
    const c = CONTEXTS.indexOf(context);
    const frames: Buffer[] = [];
    for (let i = this.firstHeldAfter(seq); i < this.count; i++) {
      const at = ((this.oldest + i) % this.capacity) * CONTEXTS.length + c;
      const start = this.frameStart[at]!;
      if (start !== NONE) frames.push(Buffer.from(this.bytes.subarray(start, start + this.frameLength[at]!)));
    }
    return frames;
  }

  /** The position (0: the oldest held) of the first held delta whose seq is above `seq`. */
  private firstHeldAfter(seq: number): number {
    let low = 0;
    let high = this.count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.slotSeq[(this.oldest + middle) % this.capacity]! > seq) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  /**
   * Frees `size` bytes at the write position, oldest deltas first. The held deltas lie in the buffer in
   * the order they came: those of the previous pass from the write position on, this pass's before it.
   */
  private makeRoom(size: number): void {
    if (this.writeAt + size > this.bytes.length) {
      while (this.count > 0 && this.oldestIsFromEarlierLap()) this.dropOldest();
      this.writeAt = 0;
      this.lap++;
    }
    const end = this.writeAt + size;
    while (this.count > 0 && this.oldestIsFromEarlierLap() && this.slotStart[this.oldest]! < end) {
      this.dropOldest();
    }
  }

  private oldestIsFromEarlierLap(): boolean {
    return this.slotLap[this.oldest]! < this.lap;
  }

  private dropOldest(): void {
    this.forgotten = this.slotSeq[this.oldest]!;
    this.oldest = (this.oldest + 1) % this.capacity;
    this.count--;
  }
}
