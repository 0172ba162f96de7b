import { ReconnectBackoff } from './reconnect-backoff';

describe('ReconnectBackoff', () => {
  it('starts at 250 ms and doubles up to 10 s', () => {
    const backoff = new ReconnectBackoff(250, 10_000);

    expect(Array.from({ length: 8 }, () => backoff.next())).toEqual([
      250, 500, 1000, 2000, 4000, 8000, 10_000, 10_000,
    ]);
  });

  it('starts again from the first delay after reset()', () => {
    const backoff = new ReconnectBackoff(250, 10_000);
    backoff.next();
    backoff.next();

    backoff.reset();

    expect(backoff.next()).toBe(250);
  });
});
