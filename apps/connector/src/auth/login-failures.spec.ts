import { LoginFailures, retryAfterSeconds } from './login-failures';

const limits = { maxFailures: 2, failureWindowMs: 1000 };

describe('LoginFailures', () => {
  it('blocks an address and a name each after their own failures', () => {
    const failures = new LoginFailures(limits);
    failures.record('10.0.0.1', 'ann', 0);
    failures.record('10.0.0.2', 'ann', 100);
    expect(failures.nameBlockedFor('ann', 200)).toBe(800);
    expect(failures.addressBlockedFor('10.0.0.1', 200)).toBe(0);
    failures.record('10.0.0.1', 'bob', 300);
    expect(failures.addressBlockedFor('10.0.0.1', 400)).toBe(600);
    expect(failures.nameBlockedFor('bob', 400)).toBe(0);
  });

  it('counts a long name like any other, and tells two long names apart', () => {
    const failures = new LoginFailures(limits);
    const long = 'x'.repeat(5000);
    failures.record('a', long, 0);
    failures.record('b', long, 0);
    expect(failures.nameBlockedFor(long, 10)).toBe(990);
    expect(failures.nameBlockedFor(`${long}y`, 10)).toBe(0);
  });

  it('rounds a block up to whole seconds for Retry-After', () => {
    expect(retryAfterSeconds(1)).toBe(1);
    expect(retryAfterSeconds(1000)).toBe(1);
    expect(retryAfterSeconds(1001)).toBe(2);
  });
});
