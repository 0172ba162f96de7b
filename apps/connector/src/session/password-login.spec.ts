import { InMemoryUserDirectory } from '../auth/testing/in-memory-user-directory';
import { TEST_USERS } from '../auth/testing/test-users';
import { PasswordLogin } from './password-login';
import { resolveSessionOptions } from './session-options';

describe('PasswordLogin', () => {
  let now = 0;
  const directory = new InMemoryUserDirectory(Object.values(TEST_USERS));
  const options = resolveSessionOptions({ maxFailures: 2, failureWindowMs: 60_000, now: () => now });

  it('authenticates a matching name and password, and refuses others', () => {
    const login = new PasswordLogin(directory, options);
    expect(login.login('alice', 'alice-pw', '10.0.0.1')).toEqual({
      kind: 'authenticated',
      user: TEST_USERS.alice,
    });
    expect(login.login('alice', 'fred-pw', '10.0.0.1')).toEqual({ kind: 'refused' });
    expect(login.login('nobody', 'alice-pw', '10.0.0.2')).toEqual({ kind: 'refused' });
  });

  it('blocks an address and a name after maxFailures within the window', () => {
    const login = new PasswordLogin(directory, options);
    login.login('alice', 'x', '10.0.0.1');
    login.login('fred', 'x', '10.0.0.1');
    expect(login.login('paula', 'paula-pw', '10.0.0.1')).toEqual({
      kind: 'rate-limited',
      retryAfterSeconds: 60,
    });
    login.login('paula', 'x', '10.0.0.2');
    login.login('paula', 'x', '10.0.0.3');
    expect(login.login('paula', 'paula-pw', '10.0.0.4').kind).toBe('rate-limited');
    now += 60_000;
    expect(login.login('paula', 'paula-pw', '10.0.0.1').kind).toBe('authenticated');
  });

  it('lets no one in before the directory is loaded', () => {
    const login = new PasswordLogin(new InMemoryUserDirectory(), options);
    expect(login.login('alice', 'alice-pw', '10.0.0.1')).toEqual({ kind: 'not-ready' });
  });
});
