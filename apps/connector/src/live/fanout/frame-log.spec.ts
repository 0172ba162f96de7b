import { CONTEXTS, type Context } from '@fscon/contracts';
import { FrameLog } from './frame-log';

/** A frame of `size` bytes whose bytes all say which delta it belongs to. */
const frame = (seq: number, size = 10) => Buffer.alloc(size, seq % 256);
const seqsOf = (frames: Buffer[] | undefined) => frames?.map((f) => f[0]);

function logWith(last: number, deltas = 5, bytes = 1000, size = 10): FrameLog {
  const log = new FrameLog({ deltas, bytes });
  for (let seq = 1; seq <= last; seq++) log.push(seq, { team: frame(seq, size) });
  return log;
}

describe('FrameLog', () => {
  it('gives the frames a context was sent after a number while they are held', () => {
    const log = logWith(3);
    expect(seqsOf(log.framesAfter(0, 'team'))).toEqual([1, 2, 3]);
    expect(seqsOf(log.framesAfter(2, 'team'))).toEqual([3]);
    expect(log.framesAfter(3, 'team')).toEqual([]);
    expect(log.last).toBe(3);
  });

  it('gives each context only its own frames', () => {
    const log = new FrameLog({ deltas: 5, bytes: 1000 });
    const shared = frame(1);
    log.push(1, { team: shared, friends: shared });
    log.push(2, { team: frame(2), public: frame(12) });
    const after = (context: Context) => seqsOf(log.framesAfter(0, context));
    expect([after('team'), after('friends'), after('public')]).toEqual([[1, 2], [1], [12]]);
  });

  it('forgets the oldest beyond its count of deltas and answers undefined for what it lost', () => {
    const log = logWith(7, 3);
    expect(seqsOf(log.framesAfter(4, 'team'))).toEqual([5, 6, 7]);
    expect(log.framesAfter(3, 'team')).toBeUndefined();
    expect(log.framesAfter(0, 'team')).toBeUndefined();
  });

  it('forgets the oldest when their bytes are needed, across the end of its buffer', () => {
    // 35 bytes hold three frames of 10; the fourth starts over at the front.
    const log = logWith(4, 100, 35);
    expect(seqsOf(log.framesAfter(1, 'team'))).toEqual([2, 3, 4]);
    expect(log.framesAfter(0, 'team')).toBeUndefined();
    log.push(5, { team: frame(5, 20) });
    expect(seqsOf(log.framesAfter(3, 'team'))).toEqual([4, 5]);
    expect(log.framesAfter(2, 'team')).toBeUndefined();
    expect(log.framesAfter(3, 'team')!.map((f) => f.length)).toEqual([10, 20]);
  });

  it('keeps a frame shared by several contexts once', () => {
    const log = new FrameLog({ deltas: 10, bytes: 30 });
    const everybody = (seq: number) => {
      const shared = frame(seq);
      return { team: shared, friends: shared, public: shared };
    };
    for (let seq = 1; seq <= 3; seq++) log.push(seq, everybody(seq));
    expect(seqsOf(log.framesAfter(0, 'public'))).toEqual([1, 2, 3]);
  });

  it('holds nothing up to a delta larger than all its bytes', () => {
    const log = logWith(3, 10, 50);
    log.push(4, { team: frame(4, 60) });
    expect(log.framesAfter(4, 'team')).toEqual([]);
    expect(log.framesAfter(3, 'team')).toBeUndefined();
    log.push(5, { team: frame(5) });
    expect(seqsOf(log.framesAfter(4, 'team'))).toEqual([5]);
  });

  it('returns copies, which the bytes of later deltas do not change', () => {
    const log = logWith(2, 10, 20);
    const kept = log.framesAfter(0, 'team')!;
    for (let seq = 3; seq <= 6; seq++) log.push(seq, { team: frame(seq) });
    expect(seqsOf(kept)).toEqual([1, 2]);
    expect(kept.every((f) => f.every((byte) => byte === f[0]))).toBe(true);
  });

  it('holds deltas that sent no frame, in order with the others', () => {
    const log = new FrameLog({ deltas: 5, bytes: 100 });
    log.push(1, {});
    log.push(2, { team: frame(2) });
    expect(seqsOf(log.framesAfter(0, 'team'))).toEqual([2]);
    expect(log.framesAfter(1, 'friends')).toEqual([]);
  });

  it('answers undefined for numbers it never gave out', () => {
    const log = logWith(2);
    expect(log.framesAfter(3, 'team')).toBeUndefined();
    expect(log.framesAfter(1.5, 'team')).toBeUndefined();
    expect(log.framesAfter(-5, 'team')).toBeUndefined();
  });

  it('numbers from the seq it is given and refuses a seq that is not above the last', () => {
    const log = new FrameLog({ deltas: 3, bytes: 100 }, 999);
    log.push(1000, { team: frame(1) });
    expect(seqsOf(log.framesAfter(999, 'team'))).toEqual([1]);
    expect(log.framesAfter(998, 'team')).toBeUndefined();
    expect(() => log.push(1000, { team: frame(2) })).toThrow(RangeError);
  });

  it('holds deltas with gaps between their seqs, and resumes from a number inside a gap', () => {
    const log = new FrameLog({ deltas: 2, bytes: 100 });
    log.push(1000, { team: frame(1) });
    log.push(2000, { team: frame(2) });
    log.push(2001, { team: frame(3) });
    expect(seqsOf(log.framesAfter(1000, 'team'))).toEqual([2, 3]);
    expect(seqsOf(log.framesAfter(1500, 'team'))).toEqual([2, 3]);
    expect(seqsOf(log.framesAfter(2000, 'team'))).toEqual([3]);
    expect(log.framesAfter(999, 'team')).toBeUndefined();
  });

  it('keeps every frame it still answers with intact, over many passes of random sizes', () => {
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % below;
    };
    const log = new FrameLog({ deltas: 7, bytes: 100 });
    const sent = new Map<number, Partial<Record<Context, Buffer>>>();
    for (let seq = 1; seq <= 2000; seq++) {
      const frames: Partial<Record<Context, Buffer>> = {};
      CONTEXTS.forEach((context, c) => {
        if (random(3) > 0) frames[context] = Buffer.alloc(1 + random(40), (seq * 3 + c) % 256);
      });
      if (random(4) === 0) frames.public = frames.team;
      log.push(seq, frames);
      sent.set(seq, frames);
      expect(log.framesAfter(seq - 1, 'team')).toBeDefined();
      const since = seq - 1 - random(8);
      for (const context of CONTEXTS) {
        const held = log.framesAfter(since, context);
        if (held === undefined) continue;
        const expected = [];
        for (let s = since + 1; s <= seq; s++) expected.push(sent.get(s)![context] ?? []);
        expect(held).toEqual(expected.flat());
      }
    }
  });

  it('refuses capacities below one', () => {
    expect(() => new FrameLog({ deltas: 0, bytes: 10 })).toThrow(RangeError);
    expect(() => new FrameLog({ deltas: 10, bytes: 0 })).toThrow(RangeError);
  });
});
