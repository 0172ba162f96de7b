import { digestAuthorization, firstDigestChallenge } from '../../test/support/digest-client';
import { DEFAULT_AUTH_OPTIONS } from './auth-options';
import { DigestAuthenticator, type AuthOutcome, type DigestRequest } from './digest-authenticator';
import { InMemoryUserDirectory } from './testing/in-memory-user-directory';
import { TEST_USERS } from './testing/test-users';

const { alice, fred } = TEST_USERS;
const options = { ...DEFAULT_AUTH_OPTIONS, maxFailures: 3, failureWindowMs: 60_000 };

describe('DigestAuthenticator', () => {
  let clock: number;
  let directory: InMemoryUserDirectory;
  let authenticator: DigestAuthenticator;

  beforeEach(() => {
    clock = 1_700_000_000_000;
    directory = new InMemoryUserDirectory(Object.values(TEST_USERS));
    authenticator = new DigestAuthenticator(options, directory, { now: () => clock });
  });

  const request = (authorization?: string, address = '10.0.0.1'): DigestRequest => ({
    method: 'GET',
    url: '/api/users',
    authorization,
    address,
  });

  function login(user: string, password: string, address = '10.0.0.1', nc = 1, algorithm = 0): AuthOutcome {
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

  it('challenges a request without credentials with MD5 first, then SHA-256', () => {
    const outcome = authenticator.authenticate(request());
    expect(outcome).toMatchObject({ kind: 'challenge', reason: 'missing' });
    const challenges = outcome.kind === 'challenge' ? outcome.challenges : [];
    expect(challenges.map((value) => firstDigestChallenge(value)?.params.get('algorithm'))).toEqual([
      'MD5',
      'SHA-256',
    ]);
  });

  it.each([0, 1])('authenticates the right name and password (challenge %i)', (algorithm) => {
    expect(login('alice', 'alice-pw', '10.0.0.1', 1, algorithm)).toEqual({
      kind: 'authenticated',
      user: alice,
    });
  });

  it('reports not-ready before anything else while the directory is not loaded', () => {
    directory.setUsers(undefined);
    expect(authenticator.authenticate(request())).toEqual({ kind: 'not-ready' });
  });

  it('challenges malformed credentials and a wrong password differently in its logs', () => {
    expect(authenticator.authenticate(request('Digest garbage'))).toMatchObject({ reason: 'malformed' });
    expect(login('alice', 'nope')).toMatchObject({
      kind: 'challenge',
      reason: 'bad-credentials',
      username: 'alice',
    });
    expect(login('nobody', 'nope')).toMatchObject({ kind: 'challenge', reason: 'bad-credentials' });
  });

  it('answers an expired nonce with a stale challenge', () => {
    const challenge = firstDigestChallenge(authenticator.challenges()[0]!)!;
    const authorization = digestAuthorization({
      challenge,
      user: 'fred',
      password: 'fred-pw',
      method: 'GET',
      uri: '/api/users',
    });
    clock += options.nonceTtlMs + 1;
    const outcome = authenticator.authenticate(request(authorization));
    expect(outcome).toMatchObject({ kind: 'challenge', reason: 'stale' });
    expect(outcome.kind === 'challenge' && outcome.challenges[0]).toMatch(/stale=true/);
  });

  it("answers stale to a right answer to another process's nonce (after a restart)", () => {
    const previous = new DigestAuthenticator(options, directory, { now: () => clock });
    const challenge = firstDigestChallenge(previous.challenges()[0]!)!;
    const answer = (password: string) =>
      digestAuthorization({ challenge, user: 'fred', password, method: 'GET', uri: '/api/users' });
    expect(authenticator.authenticate(request(answer('fred-pw')))).toMatchObject({ reason: 'stale' });
    expect(authenticator.authenticate(request(answer('guess')))).toMatchObject({ reason: 'bad-credentials' });
  });

  it('refuses the same nonce count twice, accepts the next one', () => {
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
    expect(authenticator.authenticate(request(answer(1)))).toEqual({ kind: 'authenticated', user: fred });
    expect(authenticator.authenticate(request(answer(1)))).toMatchObject({
      kind: 'challenge',
      reason: 'replayed',
    });
    expect(authenticator.authenticate(request(answer(2)))).toEqual({ kind: 'authenticated', user: fred });
  });

  it('limits failures per user name, without checking the password any more', () => {
    login('alice', 'guess-1', '10.0.0.1');
    login('alice', 'guess-2', '10.0.0.2');
    login('alice', 'guess-3', '10.0.0.3');
    const findByName = jest.spyOn(directory, 'findByName');
    expect(login('alice', 'alice-pw', '10.0.0.4')).toEqual({ kind: 'rate-limited', retryAfterSeconds: 60 });
    expect(findByName).not.toHaveBeenCalled();
    expect(login('fred', 'fred-pw', '10.0.0.4')).toEqual({ kind: 'authenticated', user: fred });
    clock += 60_000;
    expect(login('alice', 'alice-pw', '10.0.0.4')).toEqual({ kind: 'authenticated', user: alice });
  });

  it('limits failures per client address, whatever the names', () => {
    login('alice', 'guess', '10.0.0.9');
    clock += 10_500;
    login('nobody', 'guess', '10.0.0.9');
    login('fred', 'guess', '10.0.0.9');
    expect(authenticator.authenticate(request(undefined, '10.0.0.9'))).toEqual({
      kind: 'rate-limited',
      retryAfterSeconds: 50,
    });
    expect(login('fred', 'fred-pw', '10.0.0.9')).toMatchObject({ kind: 'rate-limited' });
    expect(login('fred', 'fred-pw', '10.0.0.8')).toEqual({ kind: 'authenticated', user: fred });
  });

  it('does not count missing or malformed credentials, replays or stale nonces as failures', () => {
    const challenge = firstDigestChallenge(authenticator.challenges()[0]!)!;
    const answer = digestAuthorization({
      challenge,
      user: 'alice',
      password: 'alice-pw',
      method: 'GET',
      uri: '/api/users',
    });
    for (let i = 0; i < 5; i += 1) {
      authenticator.authenticate(request());
      authenticator.authenticate(request('Digest username="alice"'));
      authenticator.authenticate(request(answer));
    }
    clock += options.nonceTtlMs + 1;
    for (let i = 0; i < 5; i += 1) authenticator.authenticate(request(answer));
    expect(login('alice', 'alice-pw')).toEqual({ kind: 'authenticated', user: alice });
  });
});
