import { BoundedLog } from './bounded-log';

const item = (seq: number) => ({ seq });
const seqs = (items: { seq: number }[] | undefined) => items?.map((i) => i.seq);

function logWith(capacity: number, last: number, start = 0): BoundedLog<{ seq: number }> {
  const log = new BoundedLog<{ seq: number }>(capacity, start);
  for (let seq = start + 1; seq <= last; seq++) log.push(item(seq));
  return log;
}

describe('BoundedLog', () => {
  it('gives everything after a number while it is held', () => {
    const log = logWith(5, 3);
    expect(seqs(log.after(0))).toEqual([1, 2, 3]);
    expect(seqs(log.after(2))).toEqual([3]);
    expect(log.after(3)).toEqual([]);
  });

  it('forgets the oldest beyond its capacity and then answers undefined for what it lost', () => {
    const log = logWith(3, 7);
    expect(seqs(log.after(4))).toEqual([5, 6, 7]);
    expect(seqs(log.after(6))).toEqual([7]);
    expect(log.after(3)).toBeUndefined();
    expect(log.after(0)).toBeUndefined();
  });

  it('answers undefined for numbers it never gave out', () => {
    const log = logWith(3, 2);
    expect(log.after(3)).toBeUndefined();
    expect(log.after(1.5)).toBeUndefined();
    expect(log.after(-1)).toBeUndefined();
  });

  it('starts after a given number', () => {
    const log = logWith(4, 1002, 1000);
    expect(log.last).toBe(1002);
    expect(seqs(log.after(1000))).toEqual([1001, 1002]);
    expect(log.after(999)).toBeUndefined();
    expect(new BoundedLog(4, 1000).after(1000)).toEqual([]);
  });

  it('refuses an item out of sequence', () => {
    const log = logWith(3, 2);
    expect(() => log.push(item(4))).toThrow(RangeError);
    expect(() => new BoundedLog(0)).toThrow(RangeError);
  });

  it('keeps the ring in order across many wraps', () => {
    const log = logWith(7, 100);
    expect(seqs(log.after(93))).toEqual([94, 95, 96, 97, 98, 99, 100]);
  });
});
