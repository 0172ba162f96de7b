import { get } from 'node:http';
import {
  digestAuthorization,
  digestFetch,
  firstDigestChallenge,
  type DigestFetchOptions,
} from '../../test/support/digest-client';
import { NOT_READY_MESSAGE } from './digest-auth.guard';
import { startAuthTestApp, type AuthTestApp } from './test-support/auth-test-app';
import { TEST_USERS } from './test-support/test-users';

const ALICE = { user: 'alice', password: 'alice-pw' };
const FRED = { user: 'fred', password: 'fred-pw' };
const PAULA = { user: 'paula', password: 'paula-pw' };

/** The raw header lines of an unauthenticated GET, which fetch would join. */
function rawGet(url: string): Promise<{ status: number; rawHeaders: string[]; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () =>
        resolve({ status: response.statusCode!, rawHeaders: response.rawHeaders, body }),
      );
    }).on('error', reject);
  });
}

describe('DigestAuthGuard over HTTP', () => {
  let clock = 1_700_000_000_000;
  let server: AuthTestApp;
  const call = (path: string, who: DigestFetchOptions) => digestFetch(`${server.url}${path}`, who);

  beforeAll(async () => {
    server = await startAuthTestApp({ now: () => clock });
  });
  afterAll(() => server.close());

  it('answers 401 with one challenge line per algorithm, MD5 first, and a JSON error', async () => {
    const response = await rawGet(`${server.url}/api/whoami`);
    expect(response.status).toBe(401);
    const challenges = response.rawHeaders.filter(
      (_, i, all) => all[i - 1]?.toLowerCase() === 'www-authenticate',
    );
    expect(challenges).toHaveLength(2);
    expect(challenges[0]).toMatch(
      /^Digest realm="fscon", qop="auth", algorithm=MD5, nonce="[\w-]+", opaque=/,
    );
    expect(challenges[1]).toMatch(/algorithm=SHA-256/);
    expect(JSON.parse(response.body)).toEqual({
      error: 'authentication required',
      code: 'AUTH.UNAUTHENTICATED',
    });
  });

  it('lets a team user through to /api and gives the handler the caller', async () => {
    const response = await call('/api/whoami', ALICE);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ name: 'alice', context: 'team' });
  });

  it('accepts an answer to the SHA-256 challenge', async () => {
    const unauthenticated = await fetch(`${server.url}/api/whoami`);
    const header = unauthenticated.headers.get('www-authenticate')!;
    const challenge = firstDigestChallenge(header.slice(header.indexOf('Digest', 1)))!;
    expect(challenge.params.get('algorithm')).toBe('SHA-256');
    const authorization = digestAuthorization({ ...ALICE, challenge, method: 'GET', uri: '/api/whoami' });
    const response = await fetch(`${server.url}/api/whoami`, { headers: { authorization } });
    expect(response.status).toBe(200);
  });

  it('authenticates a POST with its body', async () => {
    const response = await call('/api/echo', {
      ...ALICE,
      method: 'POST',
      body: JSON.stringify([{ id: '1' }]),
      headers: { 'content-type': 'application/json' },
    });
    expect(JSON.parse(response.body)).toEqual({ name: 'alice', context: 'team', body: [{ id: '1' }] });
  });

  it('answers 403 with a JSON error to users of other contexts on team routes', async () => {
    for (const who of [FRED, PAULA]) {
      const response = await call('/api/whoami', who);
      expect(response.status).toBe(403);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(JSON.parse(response.body)).toEqual({
        error: expect.stringMatching(/may not use this route/),
        code: 'AUTH.WRONG_CONTEXT',
      });
    }
  });

  it('applies controller and route context lists, the route one first', async () => {
    expect((await call('/whoami', PAULA)).status).toBe(200);
    expect((await call('/fr/only', FRED)).status).toBe(200);
    expect((await call('/fr/only', ALICE)).status).toBe(403);
    expect((await call('/fr/and-team', ALICE)).status).toBe(200);
    expect((await call('/fr/and-team', PAULA)).status).toBe(403);
  });

  it('answers 401 to a wrong password and to an unknown user', async () => {
    expect((await call('/api/whoami', { ...ALICE, password: 'wrong' })).status).toBe(401);
    const unknown = await call('/api/whoami', { user: 'nobody', password: 'x' });
    expect(unknown.status).toBe(401);
    expect(JSON.parse(unknown.body)).toEqual({
      error: 'invalid user name or password',
      code: 'AUTH.UNAUTHENTICATED',
    });
  });

  it('logs failed logins without passwords or Authorization headers', async () => {
    const unauthenticated = await fetch(`${server.url}/api/whoami`);
    const challenge = firstDigestChallenge(unauthenticated.headers.get('www-authenticate'))!;
    const authorization = digestAuthorization({
      user: 'alice',
      password: 'hunter2',
      challenge,
      method: 'GET',
      uri: '/api/whoami',
    });
    expect((await fetch(`${server.url}/api/whoami`, { headers: { authorization } })).status).toBe(401);
    const logged = server.logs.join('\n');
    expect(logged).toMatch(/failed login as "alice" from "127\.0\.0\.1"/);
    expect(logged).not.toMatch(/hunter2|alice-pw|response=|Digest /);
    expect(logged).not.toContain(challenge.params.get('nonce')!);
  });

  it('authenticates a user name that is not ASCII (sent as username*)', async () => {
    const response = await call('/api/whoami', { user: 'Jürgen Øster', password: 'pw-ü' });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).name).toBe('Jürgen Øster');
  });

  it('refuses a request whose uri is not the one in the credentials', async () => {
    const unauthenticated = await fetch(`${server.url}/api/whoami`);
    const challenge = firstDigestChallenge(unauthenticated.headers.get('www-authenticate'))!;
    const authorization = digestAuthorization({ ...ALICE, challenge, method: 'GET', uri: '/api/whoami' });
    expect((await fetch(`${server.url}/api/whoami?x=1`, { headers: { authorization } })).status).toBe(401);
  });

  it('answers a replayed nonce count and an expired nonce with 401 and stale=true', async () => {
    const unauthenticated = await fetch(`${server.url}/api/whoami`);
    const challenge = firstDigestChallenge(unauthenticated.headers.get('www-authenticate'))!;
    const send = (nc: number) => {
      const authorization = digestAuthorization({
        ...ALICE,
        challenge,
        method: 'GET',
        uri: '/api/whoami',
        nc,
      });
      return fetch(`${server.url}/api/whoami`, { headers: { authorization } });
    };
    expect((await send(1)).status).toBe(200);
    const replay = await send(1);
    expect(replay.status).toBe(401);
    expect(replay.headers.get('www-authenticate')).toMatch(/stale=true/);
    clock += 5 * 60_000 + 1;
    const expired = await send(2);
    expect(expired.status).toBe(401);
    expect(expired.headers.get('www-authenticate')).toMatch(/stale=true/);
    expect(await expired.json()).toEqual({
      error: 'nonce expired, authenticate again',
      code: 'AUTH.UNAUTHENTICATED',
    });
    expect((await call('/api/whoami', ALICE)).status).toBe(200);
  });

  it('answers 503 while no configuration has been loaded', async () => {
    server.directory.setUsers(undefined);
    try {
      const response = await call('/api/whoami', ALICE);
      expect(response.status).toBe(503);
      expect(JSON.parse(response.body)).toEqual({ error: NOT_READY_MESSAGE, code: 'AUTH.NOT_READY' });
    } finally {
      server.directory.setUsers(Object.values(TEST_USERS));
    }
  });
});
