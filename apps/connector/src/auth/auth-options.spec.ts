import { DEFAULT_AUTH_OPTIONS, resolveAuthOptions } from './auth-options';

describe('resolveAuthOptions', () => {
  it('gives the defaults, overridden by what is set', () => {
    expect(resolveAuthOptions()).toEqual(DEFAULT_AUTH_OPTIONS);
    expect(resolveAuthOptions({ realm: 'conf', maxFailures: 3, nonceTtlMs: undefined })).toEqual({
      ...DEFAULT_AUTH_OPTIONS,
      realm: 'conf',
      maxFailures: 3,
    });
  });

  it('lists every bad value', () => {
    expect(() => resolveAuthOptions({ realm: 'réalm', nonceTtlMs: 0, failureWindowMs: 1.5 })).toThrow(
      'Invalid auth options: realm must be non-empty printable ASCII; nonceTtlMs must be a positive integer; ' +
        'failureWindowMs must be a positive integer',
    );
  });
});
