import { InMemoryUserDirectory } from '../auth/test-support/in-memory-user-directory';
import { TEST_USERS } from '../auth/test-support/test-users';
import { LiveTokens } from './live-tokens';
import { resolveSessionOptions } from './session-options';
import { TokenRegistry } from './token-registry';

describe('TokenRegistry', () => {
  let now = 1_000;
  const directory = new InMemoryUserDirectory(Object.values(TEST_USERS));
  const registry = (maxEntries = 100) =>
    new TokenRegistry(directory, { ttlMs: 500, maxEntries, now: () => now });

  it('issues distinct random tokens that resolve to the current user until they expire', () => {
    const tokens = registry();
    const first = tokens.issue(TEST_USERS.alice);
    const second = tokens.issue(TEST_USERS.alice);
    expect(first.token).not.toBe(second.token);
    expect(first.token).toMatch(/^[\w-]{43}$/);
    expect(tokens.resolve(first.token)).toEqual({ user: TEST_USERS.alice, expiresAt: 1_500 });
    now = 1_499;
    expect(tokens.resolve(first.token)?.user.name).toBe('alice');
    now = 1_500;
    expect(tokens.resolve(first.token)).toBeUndefined();
    now = 1_000;
  });

  it('forgets revoked, unknown and taken tokens', () => {
    const tokens = registry();
    const { token } = tokens.issue(TEST_USERS.fred);
    expect(tokens.resolve('not-a-token')).toBeUndefined();
    expect(tokens.take(token)?.name).toBe('fred');
    expect(tokens.take(token)).toBeUndefined();
    const other = tokens.issue(TEST_USERS.fred).token;
    tokens.revoke(other);
    expect(tokens.resolve(other)).toBeUndefined();
  });

  it('holds at most maxEntries, dropping the oldest, and drops expired ones when issuing', () => {
    const tokens = registry(2);
    const oldest = tokens.issue(TEST_USERS.alice).token;
    tokens.issue(TEST_USERS.fred);
    tokens.issue(TEST_USERS.paula);
    expect(tokens.size).toBe(2);
    expect(tokens.resolve(oldest)).toBeUndefined();
    now += 500;
    tokens.issue(TEST_USERS.alice);
    expect(tokens.size).toBe(1);
    now = 1_000;
  });
});

describe('LiveTokens', () => {
  it('redeems a token once, for the user as the directory has it', () => {
    const directory = new InMemoryUserDirectory(Object.values(TEST_USERS));
    const live = new LiveTokens(directory, resolveSessionOptions());
    const { token } = live.issue(TEST_USERS.paula);
    const renamedEmail = { ...TEST_USERS.paula, email: 'new@example.org' };
    directory.setUsers([renamedEmail]);
    expect(live.redeem(token)).toEqual(renamedEmail);
    expect(live.redeem(token)).toBeUndefined();
  });
});

describe('resolveSessionOptions', () => {
  it('lists every bad value', () => {
    expect(() => resolveSessionOptions({ sessionTtlMs: 0, maxEntries: 1.5 })).toThrow(
      'Invalid session options: sessionTtlMs must be a positive integer; maxEntries must be a positive integer',
    );
  });
});
