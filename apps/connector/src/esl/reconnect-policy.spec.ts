import { DEFAULT_ESL_TIMINGS } from './esl.options';
import { ReconnectPolicy } from './reconnect-policy';

const delays = (policy: ReconnectPolicy, ...failures: Parameters<ReconnectPolicy['delayAfter']>[0][]) =>
  failures.map((failure) => policy.delayAfter(failure));

describe('ReconnectPolicy with the default timings', () => {
  it('given connections are refused, retries every 100 to 500 ms and never sooner', () => {
    const policy = new ReconnectPolicy(DEFAULT_ESL_TIMINGS);

    const whileDown = delays(policy, ...Array.from({ length: 200 }, () => 'unreachable' as const));

    expect(whileDown.slice(0, 5)).toEqual([100, 200, 400, 500, 500]);
    expect(Math.min(...whileDown)).toBe(100);
    expect(Math.max(...whileDown)).toBe(500);
  });

  it.each(['auth-failed', 'rejected', 'timeout', 'failed'] as const)(
    'given %s, doubles from 250 ms up to 10 s',
    (failure) => {
      const policy = new ReconnectPolicy(DEFAULT_ESL_TIMINGS);

      expect(delays(policy, ...Array.from({ length: 8 }, () => failure))).toEqual([
        250, 500, 1000, 2000, 4000, 8000, 10_000, 10_000,
      ]);
    },
  );

  it('keeps the slow delays growing when the switch goes down in between', () => {
    const policy = new ReconnectPolicy(DEFAULT_ESL_TIMINGS);

    expect(delays(policy, 'auth-failed', 'auth-failed', 'unreachable', 'unreachable', 'auth-failed')).toEqual(
      [250, 500, 100, 200, 1000],
    );
  });

  it('starts both from their first delay after a successful connection', () => {
    const policy = new ReconnectPolicy(DEFAULT_ESL_TIMINGS);
    delays(policy, 'unreachable', 'unreachable', 'unreachable', 'timeout', 'timeout');

    policy.reset();

    expect(delays(policy, 'unreachable', 'timeout')).toEqual([100, 250]);
  });
});
