import { DEFAULT_LOGIN_LIMITS } from './login-policy/login-limits';
import { LoginPolicy } from './login-policy/login-policy';
import { PasswordLogin } from './password-login';
import { InMemoryUserDirectory } from './test-support/in-memory-user-directory';
import { TEST_USERS } from './test-support/test-users';

describe('PasswordLogin', () => {
  const directory = new InMemoryUserDirectory(Object.values(TEST_USERS));
  const limits = { ...DEFAULT_LOGIN_LIMITS, pairFailures: 2 };

  it('authenticates a matching name and password, and refuses others', async () => {
    const login = new PasswordLogin(directory, new LoginPolicy(limits));
    expect(await login.login('alice', 'alice-pw', '10.0.0.1')).toEqual({
      kind: 'authenticated',
      user: TEST_USERS.alice,
    });
    expect(await login.login('alice', 'fred-pw', '10.0.0.1')).toEqual({ kind: 'refused' });
    expect(await login.login('nobody', 'alice-pw', '10.0.0.2')).toEqual({ kind: 'refused' });
  });

  it('spends the shared budget: refused when the policy says so, counting failures and successes', async () => {
    const policy = new LoginPolicy(limits);
    const login = new PasswordLogin(directory, policy);
    await login.login('paula', 'x', '10.0.0.1');
    expect(await login.login('paula', 'paula-pw', '10.0.0.1')).toMatchObject({ kind: 'authenticated' });
    await login.login('paula', 'x', '10.0.0.1');
    await login.login('paula', 'y', '10.0.0.1');
    expect(await login.login('paula', 'paula-pw', '10.0.0.1')).toEqual({
      kind: 'rate-limited',
      retryAfterSeconds: 3600,
    });
    expect(await policy.check('10.0.0.1', 'paula')).toMatchObject({ allowed: false });
  });

  it('lets no one in before the directory is loaded', async () => {
    const login = new PasswordLogin(new InMemoryUserDirectory(), new LoginPolicy(limits));
    expect(await login.login('alice', 'alice-pw', '10.0.0.1')).toEqual({ kind: 'not-ready' });
  });
});
