import { NonceCountTracker } from './nonce-count-tracker';

const ttl = 1000;

describe('NonceCountTracker', () => {
  it('accepts each count of a nonce once', () => {
    const tracker = new NonceCountTracker({ nonceTtlMs: ttl, maxNonces: 10 });
    expect(tracker.use('n', 0, 1, 0)).toBe('accepted');
    expect(tracker.use('n', 0, 1, 0)).toBe('replayed');
    expect(tracker.use('n', 0, 2, 0)).toBe('accepted');
    expect(tracker.use('m', 0, 1, 0)).toBe('accepted');
  });

  it('accepts counts that arrive out of order within a window, not below it', () => {
    const tracker = new NonceCountTracker({ nonceTtlMs: ttl, maxNonces: 10 });
    expect(tracker.use('n', 0, 100, 0)).toBe('accepted');
    expect(tracker.use('n', 0, 90, 0)).toBe('accepted');
    expect(tracker.use('n', 0, 90, 0)).toBe('replayed');
    expect(tracker.use('n', 0, 36, 0)).toBe('replayed');
    expect(tracker.use('n', 0, 200, 0)).toBe('accepted');
    expect(tracker.use('n', 0, 100, 0)).toBe('replayed');
  });

  it('stays bounded and refuses a forgotten nonce instead of accepting its counts again', () => {
    const tracker = new NonceCountTracker({ nonceTtlMs: ttl, maxNonces: 3 });
    for (let i = 0; i < 5; i += 1) expect(tracker.use(`n${i}`, i, 1, 10)).toBe('accepted');
    expect(tracker.size).toBe(3);
    expect(tracker.use('n0', 0, 1, 10)).toBe('forgotten');
    expect(tracker.use('n1', 1, 2, 10)).toBe('forgotten');
    expect(tracker.use('n4', 4, 1, 10)).toBe('replayed');
    expect(tracker.use('n5', 5, 1, 10)).toBe('accepted');
  });

  it('drops nonces once they have expired', () => {
    const tracker = new NonceCountTracker({ nonceTtlMs: ttl, maxNonces: 10 });
    tracker.use('old', 0, 1, 0);
    tracker.use('new', 900, 1, 900);
    tracker.use('newer', 1500, 1, 1500);
    expect(tracker.size).toBe(2);
  });
});
