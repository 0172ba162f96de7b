import { FailureLimiter } from './failure-limiter';

describe('FailureLimiter', () => {
  const limiter = () => new FailureLimiter({ maxFailures: 3, windowMs: 1000, maxKeys: 100 });

  it('blocks a key after the allowed failures, until the oldest leaves the window', () => {
    const failures = limiter();
    failures.recordFailure('k', 0);
    failures.recordFailure('k', 200);
    expect(failures.blockedFor('k', 300)).toBe(0);
    failures.recordFailure('k', 400);
    expect(failures.blockedFor('k', 500)).toBe(500);
    expect(failures.blockedFor('k', 999)).toBe(1);
    expect(failures.blockedFor('k', 1000)).toBe(0);
  });

  it('keeps keys apart', () => {
    const failures = limiter();
    for (const t of [0, 1, 2]) failures.recordFailure('a', t);
    expect(failures.blockedFor('a', 3)).toBeGreaterThan(0);
    expect(failures.blockedFor('b', 3)).toBe(0);
  });

  it('slides: failures older than the window no longer count', () => {
    const failures = limiter();
    for (const t of [0, 600, 1200, 1300]) failures.recordFailure('k', t);
    expect(failures.blockedFor('k', 1400)).toBe(200);
    expect(failures.blockedFor('k', 1600)).toBe(0);
  });

  it('remembers a bounded number of keys, forgetting the least recently failing', () => {
    const failures = new FailureLimiter({ maxFailures: 1, windowMs: 1000, maxKeys: 2 });
    failures.recordFailure('a', 0);
    failures.recordFailure('b', 1);
    failures.recordFailure('a', 2);
    failures.recordFailure('c', 3);
    expect(failures.blockedFor('a', 4)).toBeGreaterThan(0);
    expect(failures.blockedFor('b', 4)).toBe(0);
    expect(failures.blockedFor('c', 4)).toBeGreaterThan(0);
  });
});
