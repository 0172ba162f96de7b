import type { LiveTokenResponse, SessionResponse } from '@fscon/contracts';
import { digestFetch } from '../../test/support/digest-client';
import { TEST_USERS } from '../auth/test-support/test-users';
import { startSessionTestApp, type SessionTestApp } from './test-support/session-test-app';

const SCRIPT = { 'x-requested-with': 'fscon-web' };
const JSON_BODY = { 'content-type': 'application/json', ...SCRIPT };

describe('browser sessions over HTTP', () => {
  let clock = 1_700_000_000_000;
  let server: SessionTestApp;
  const send = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, init);
  const login = (name: string, password: string) =>
    send('/session', { method: 'POST', headers: JSON_BODY, body: JSON.stringify({ name, password }) });
  const cookieOf = (response: Response) => response.headers.get('set-cookie')!.split(';')[0]!;
  const loggedIn = async (name = 'alice', password = 'alice-pw') => cookieOf(await login(name, password));
  const withCookie = (cookie: string, extra: Record<string, string> = {}) => ({
    headers: { cookie, ...extra },
  });

  beforeAll(async () => {
    server = await startSessionTestApp({ now: () => clock }, { pairFailures: 3 });
  });
  afterAll(() => server.close());
  afterEach(() => server.directory.setUsers(Object.values(TEST_USERS)));

  it('opens a session: an httpOnly SameSite=Strict cookie with an expiry, and who it is for', async () => {
    const response = await login('alice', 'alice-pw');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^fscon-session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=28800; /);
    expect(cookie).toContain(`Expires=${new Date(clock + 28_800_000).toUTCString()}`);
    expect(cookie).not.toMatch(/Secure/);
    expect(await response.json()).toEqual({
      user: { id: '20000', name: 'alice', context: 'team', email: '20000@example.org' },
      expiresAt: new Date(clock + 28_800_000).toISOString(),
    });
  });

  it('accepts the cookie on every route, with the route context rules', async () => {
    const alice = await loggedIn();
    expect(await (await send('/api/whoami', withCookie(alice))).json()).toEqual({ name: 'alice' });
    const fred = await loggedIn('fred', 'fred-pw');
    expect((await send('/whoami', withCookie(fred))).status).toBe(200);
    expect((await send('/api/whoami', withCookie(fred))).status).toBe(403);
  });

  it('keeps Digest working on the same routes', async () => {
    const response = await digestFetch(`${server.url}/api/whoami`, { user: 'alice', password: 'alice-pw' });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ name: 'alice' });
  });

  it('takes the cookie for a state-changing request only from a script of the page', async () => {
    const alice = await loggedIn();
    const post = (headers: Record<string, string>) =>
      send('/api/echo', { method: 'POST', headers: { cookie: alice, ...headers }, body: '[1]' });
    const forged = await post({ 'content-type': 'application/json' });
    expect(forged.status).toBe(401);
    const scripted = await post(JSON_BODY);
    expect(scripted.status).toBe(201);
    expect(await scripted.json()).toEqual({ name: 'alice', body: [1] });
  });

  it('answers a script without a Digest challenge, anyone else with one', async () => {
    const script = await send('/api/whoami', { headers: SCRIPT });
    expect(script.status).toBe(401);
    expect(script.headers.get('www-authenticate')).toBeNull();
    const other = await send('/api/whoami');
    expect(other.status).toBe(401);
    expect(other.headers.get('www-authenticate')).toMatch(/^Digest /);
  });

  it('tells who the session is for, and 401 without a challenge when there is none', async () => {
    const alice = await loggedIn();
    const session = (await (await send('/session', withCookie(alice))).json()) as SessionResponse;
    expect(session.user.name).toBe('alice');
    const none = await send('/session');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBeNull();
    expect(await none.json()).toEqual({ error: 'not logged in', code: 'AUTH.UNAUTHENTICATED' });
  });

  it('ends the session on logout, on the server as well as in the browser', async () => {
    const alice = await loggedIn();
    const logout = await send('/session', { method: 'DELETE', ...withCookie(alice, SCRIPT) });
    expect(logout.status).toBe(204);
    expect(logout.headers.get('set-cookie')).toMatch(/^fscon-session=; Path=\/; HttpOnly; .*Max-Age=0/);
    expect((await send('/api/whoami', withCookie(alice, SCRIPT))).status).toBe(401);
  });

  it('ends a session when it expires', async () => {
    const alice = await loggedIn();
    clock += 8 * 60 * 60_000;
    expect((await send('/api/whoami', withCookie(alice, SCRIPT))).status).toBe(401);
  });

  it.each([
    ['the password changes', { password: 'new-pw' }],
    ['the user is renamed', { name: 'alicia' }],
    ['the user moves to another context', { id: '21005', context: 'friends' as const }],
  ])('ends a session when %s', async (_, change) => {
    const alice = await loggedIn();
    const others = Object.values(TEST_USERS).filter((user) => user.name !== 'alice');
    server.directory.setUsers([...others, { ...TEST_USERS.alice, ...change }]);
    expect((await send('/whoami', withCookie(alice))).status).toBe(401);
    server.directory.setUsers(Object.values(TEST_USERS));
    expect((await send('/whoami', withCookie(alice))).status).toBe(401);
  });

  it('ends a session when the user is deleted', async () => {
    const fred = await loggedIn('fred', 'fred-pw');
    server.directory.setUsers([TEST_USERS.alice, TEST_USERS.paula]);
    expect((await send('/whoami', withCookie(fred))).status).toBe(401);
  });

  it('refuses wrong credentials without a challenge, rate-limits them and never logs the password', async () => {
    const jurgen = TEST_USERS.jurgen;
    const wrong = await login(jurgen.name, 'hunter2');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toBeNull();
    expect(await wrong.json()).toEqual({
      error: 'invalid user name or password',
      code: 'AUTH.UNAUTHENTICATED',
    });
    await login(jurgen.name, 'hunter3');
    await login(jurgen.name, 'hunter4');
    const limited = await login(jurgen.name, jurgen.password);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBe(3600);
    expect(await limited.json()).toEqual({
      error: 'too many failed logins, try again later',
      code: 'AUTH.RATE_LIMITED',
    });
    expect(server.logs.join('\n')).toMatch(/failed login as "Jürgen Øster" from "127\.0\.0\.1"/);
    expect(server.logs.join('\n')).not.toMatch(/hunter|pw-ü/);
    expect((await login('alice', 'alice-pw')).status).toBe(200);
  });

  it('answers 400 to a body that is not {name, password}', async () => {
    for (const body of ['{"name":"alice"}', '{"name":"alice","password":"x","admin":true}', '[]']) {
      const response = await send('/session', { method: 'POST', headers: JSON_BODY, body });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: expect.any(String), code: 'HTTP.BAD_REQUEST' });
    }
  });

  it('answers 503 before a configuration is loaded', async () => {
    server.directory.setUsers(undefined);
    expect((await login('alice', 'alice-pw')).status).toBe(503);
  });

  it('issues single-use live tokens to a session and to a Digest user', async () => {
    const fred = await loggedIn('fred', 'fred-pw');
    const fromSession = await send('/session/live-token', withCookie(fred));
    expect(fromSession.status).toBe(200);
    const { token, expiresAt } = (await fromSession.json()) as LiveTokenResponse;
    expect(expiresAt).toBe(new Date(clock + 30_000).toISOString());
    expect(server.liveTokens.redeem(token)?.name).toBe('fred');
    expect(server.liveTokens.redeem(token)).toBeUndefined();

    const digest = await digestFetch(`${server.url}/session/live-token`, {
      user: 'paula',
      password: 'paula-pw',
    });
    expect(server.liveTokens.redeem(JSON.parse(digest.body).token)?.name).toBe('paula');
    expect((await send('/session/live-token', { headers: SCRIPT })).status).toBe(401);
  });
});
