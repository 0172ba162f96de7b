import { DEFAULT_AUTH_OPTIONS, resolveAuthOptions } from './auth-options';

describe('resolveAuthOptions', () => {
  it('gives the defaults, overridden by what is set', () => {
    expect(resolveAuthOptions()).toEqual(DEFAULT_AUTH_OPTIONS);
    expect(
      resolveAuthOptions({ realm: 'conf', loginLimits: { pairFailures: 3 }, nonceTtlMs: undefined }),
    ).toEqual({
      ...DEFAULT_AUTH_OPTIONS,
      realm: 'conf',
      loginLimits: { ...DEFAULT_AUTH_OPTIONS.loginLimits, pairFailures: 3 },
    });
  });

  it('lists every bad value', () => {
    expect(() =>
      resolveAuthOptions({
        realm: 'réalm',
        nonceTtlMs: 0,
        loginLimits: { nameFailures: 1.5, goodRecordSeconds: 30 * 86_400 },
      }),
    ).toThrow(
      'Invalid auth options: realm must be non-empty printable ASCII; nonceTtlMs must be a positive integer; ' +
        'loginLimits.nameFailures must be a positive integer; ' +
        'loginLimits.goodRecordSeconds must be at most 2147483 (24.8 days)',
    );
  });
});
