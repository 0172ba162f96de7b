import { CONTEXTS, type Context } from '@fscon/contracts';

const NONE = -1;

/** The sizes of a FrameLog: at most `deltas` deltas and `bytes` bytes of frames. */
export interface FrameLogCapacity {
  deltas: number;
  bytes: number;
}

/**
 * The frames of the newest deltas, numbered one after another, each with the frame it sent to each
 * context. Answers "every frame a context was sent after n" while all of it is still held.
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
  /** Per slot: where its frames begin in `bytes`, and in which pass over `bytes` they were written. */
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

  /** `lastSeq`: the number before the first delta's. */
  constructor(
    capacity: FrameLogCapacity,
    private lastSeq = 0,
  ) {
    for (const [name, value] of Object.entries(capacity)) {
      if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be at least 1`);
    }
    this.capacity = capacity.deltas;
    this.bytes = Buffer.allocUnsafeSlow(capacity.bytes);
    this.slotStart = new Int32Array(this.capacity);
    this.slotLap = new Float64Array(this.capacity);
    this.frameStart = new Int32Array(this.capacity * CONTEXTS.length);
    this.frameLength = new Int32Array(this.capacity * CONTEXTS.length);
  }

  /** The seq of the last delta pushed. */
  get last(): number {
    return this.lastSeq;
  }

  /** The next delta: its seq (one above the last) and its frame per context; a shared frame is kept once. */
  push(seq: number, frames: Partial<Record<Context, Buffer>>): void {
    if (seq !== this.lastSeq + 1) throw new RangeError(`seq ${seq} does not follow ${this.lastSeq}`);
    this.lastSeq = seq;
    const distinct = [...new Set(CONTEXTS.flatMap((context) => frames[context] ?? []))];
    const size = distinct.reduce((total, frame) => total + frame.length, 0);
    if (size > this.bytes.length) {
      this.count = 0;
      return;
    }
    if (this.count === this.capacity) this.dropOldest();
    this.makeRoom(size);
    const slot = (this.oldest + this.count) % this.capacity;
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
   * number), or undefined when some of those deltas are no longer held or `seq` is not a number given out.
   */
  framesAfter(seq: number, context: Context): Buffer[] | undefined {
    if (!Number.isInteger(seq) || seq > this.lastSeq) return undefined;
    const first = this.lastSeq - this.count + 1;
    if (seq < first - 1) return undefined;
    const c = CONTEXTS.indexOf(context);
    const frames: Buffer[] = [];
    for (let i = seq - first + 1; i < this.count; i++) {
      const at = ((this.oldest + i) % this.capacity) * CONTEXTS.length + c;
      const start = this.frameStart[at]!;
      if (start !== NONE) frames.push(Buffer.from(this.bytes.subarray(start, start + this.frameLength[at]!)));
    }
    return frames;
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
    this.oldest = (this.oldest + 1) % this.capacity;
    this.count--;
  }
}
