import { digestAuthorization, firstDigestChallenge } from '../../test/support/digest-client';
import { DEFAULT_AUTH_OPTIONS } from './auth-options';
import { DigestAuthenticator, type AuthOutcome, type DigestRequest } from './digest-authenticator';
import { LoginPolicy } from './login-policy/login-policy';
import { InMemoryUserDirectory } from './test-support/in-memory-user-directory';
import { TEST_USERS } from './test-support/test-users';

const { alice, fred } = TEST_USERS;
const loginLimits = { ...DEFAULT_AUTH_OPTIONS.loginLimits, pairFailures: 3, addressFailures: 5 };
const options = { ...DEFAULT_AUTH_OPTIONS, loginLimits };

describe('DigestAuthenticator', () => {
  let directory: InMemoryUserDirectory;
  let authenticator: DigestAuthenticator;
  const authenticatorOf = (policy = new LoginPolicy(loginLimits)) =>
    new DigestAuthenticator(options, directory, policy);

  beforeEach(() => {
    jest.useFakeTimers({ now: 1_700_000_000_000 });
    directory = new InMemoryUserDirectory(Object.values(TEST_USERS));
    authenticator = authenticatorOf();
  });
  afterEach(() => jest.useRealTimers());

  const request = (authorization?: string, address = '10.0.0.1'): DigestRequest => ({
    method: 'GET',
    url: '/api/users',
    authorization,
    address,
  });

  function login(
    user: string,
    password: string,
    address = '10.0.0.1',
    nc = 1,
    algorithm = 0,
  ): Promise<AuthOutcome> {
    const challenges = authenticator.challenges();
    const challenge = firstDigestChallenge(challenges[algorithm]!)!;
    const authorization = digestAuthorization({
      challenge,
      user,
      password,
      method: 'GET',
      uri: '/api/users',
      nc,
    });
    return authenticator.authenticate(request(authorization, address));
  }

  it('challenges a request without credentials with MD5 first, then SHA-256', async () => {
    const outcome = await authenticator.authenticate(request());
    expect(outcome).toMatchObject({ kind: 'challenge', reason: 'missing' });
    const challenges = outcome.kind === 'challenge' ? outcome.challenges : [];
    expect(challenges.map((value) => firstDigestChallenge(value)?.params.get('algorithm'))).toEqual([
      'MD5',
      'SHA-256',
    ]);
  });

  it.each([0, 1])('authenticates the right name and password (challenge %i)', async (algorithm) => {
    expect(await login('alice', 'alice-pw', '10.0.0.1', 1, algorithm)).toEqual({
      kind: 'authenticated',
      user: alice,
    });
  });

  it('reports not-ready before anything else while the directory is not loaded', async () => {
    directory.setUsers(undefined);
    expect(await authenticator.authenticate(request())).toEqual({ kind: 'not-ready' });
  });

  it('challenges malformed credentials and a wrong password differently in its logs', async () => {
    expect(await authenticator.authenticate(request('Digest garbage'))).toMatchObject({
      reason: 'malformed',
    });
    expect(await login('alice', 'nope')).toMatchObject({
      kind: 'challenge',
      reason: 'bad-credentials',
      username: 'alice',
    });
    expect(await login('nobody', 'nope')).toMatchObject({ kind: 'challenge', reason: 'bad-credentials' });
  });

  it('answers an expired nonce with a stale challenge', async () => {
    const challenge = firstDigestChallenge(authenticator.challenges()[0]!)!;
    const authorization = digestAuthorization({
      challenge,
      user: 'fred',
      password: 'fred-pw',
      method: 'GET',
      uri: '/api/users',
    });
    jest.advanceTimersByTime(options.nonceTtlMs + 1);
    const outcome = await authenticator.authenticate(request(authorization));
    expect(outcome).toMatchObject({ kind: 'challenge', reason: 'stale' });
    expect(outcome.kind === 'challenge' && outcome.challenges[0]).toMatch(/stale=true/);
  });

  it("answers stale to a right answer to another process's nonce (after a restart)", async () => {
    const previous = authenticatorOf();
    const challenge = firstDigestChallenge(previous.challenges()[0]!)!;
    const answer = (password: string) =>
      digestAuthorization({ challenge, user: 'fred', password, method: 'GET', uri: '/api/users' });
    expect(await authenticator.authenticate(request(answer('fred-pw')))).toMatchObject({ reason: 'stale' });
    expect(await authenticator.authenticate(request(answer('guess')))).toMatchObject({
      reason: 'bad-credentials',
    });
  });

  it('refuses the same nonce count twice, accepts the next one', async () => {
    const challenge = firstDigestChallenge(authenticator.challenges()[0]!)!;
    const answer = (nc: number) =>
      digestAuthorization({
        challenge,
        user: 'fred',
        password: 'fred-pw',
        method: 'GET',
        uri: '/api/users',
        nc,
      });
    expect(await authenticator.authenticate(request(answer(1)))).toEqual({
      kind: 'authenticated',
      user: fred,
    });
    expect(await authenticator.authenticate(request(answer(1)))).toMatchObject({
      kind: 'challenge',
      reason: 'replayed',
    });
    expect(await authenticator.authenticate(request(answer(2)))).toEqual({
      kind: 'authenticated',
      user: fred,
    });
  });

  it('refuses an address and name after its failures in a row, without checking the password any more', async () => {
    await login('alice', 'guess-1', '10.0.0.1');
    await login('alice', 'guess-2', '10.0.0.1');
    await login('alice', 'guess-3', '10.0.0.1');
    const findByName = jest.spyOn(directory, 'findByName');
    expect(await login('alice', 'alice-pw', '10.0.0.1')).toEqual({
      kind: 'rate-limited',
      retryAfterSeconds: 3600,
    });
    expect(findByName).not.toHaveBeenCalled();
    expect(await login('alice', 'alice-pw', '10.0.0.2')).toEqual({ kind: 'authenticated', user: alice });
    expect(await login('fred', 'fred-pw', '10.0.0.1')).toEqual({ kind: 'authenticated', user: fred });
    jest.advanceTimersByTime(3_600_000);
    expect(await login('alice', 'alice-pw', '10.0.0.1')).toEqual({ kind: 'authenticated', user: alice });
  });

  it('refuses an address after its failures at any names, but still challenges it', async () => {
    await login('fred', 'fred-pw', '10.0.0.9');
    for (const name of ['alice', 'nobody', 'fred', 'paula', 'other']) await login(name, 'guess', '10.0.0.9');
    expect(await authenticator.authenticate(request(undefined, '10.0.0.9'))).toMatchObject({
      kind: 'challenge',
      reason: 'missing',
    });
    expect(await login('paula', 'paula-pw', '10.0.0.9')).toEqual({
      kind: 'rate-limited',
      retryAfterSeconds: 86_400,
    });
    expect(await login('fred', 'fred-pw', '10.0.0.9')).toEqual({ kind: 'authenticated', user: fred });
    expect(await login('paula', 'paula-pw', '10.0.0.8')).toMatchObject({ kind: 'authenticated' });
  });

  it('spends the budget it is given, which other login paths share', async () => {
    const policy = new LoginPolicy(loginLimits);
    for (let i = 0; i < 3; i++) await policy.failed('10.0.0.7', 'alice');
    authenticator = authenticatorOf(policy);
    expect(await login('alice', 'alice-pw', '10.0.0.7')).toMatchObject({ kind: 'rate-limited' });
  });

  it('does not count missing or malformed credentials, replays or stale nonces as failures', async () => {
    const challenge = firstDigestChallenge(authenticator.challenges()[0]!)!;
    const answer = digestAuthorization({
      challenge,
      user: 'alice',
      password: 'alice-pw',
      method: 'GET',
      uri: '/api/users',
    });
    for (let i = 0; i < 5; i += 1) {
      await authenticator.authenticate(request());
      await authenticator.authenticate(request('Digest username="alice"'));
      await authenticator.authenticate(request(answer));
    }
    jest.advanceTimersByTime(options.nonceTtlMs + 1);
    for (let i = 0; i < 5; i += 1) await authenticator.authenticate(request(answer));
    expect(await login('alice', 'alice-pw')).toEqual({ kind: 'authenticated', user: alice });
  });
});
