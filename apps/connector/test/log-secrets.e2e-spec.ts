import { startSimulator, type Simulator } from '@fscon/fs-simulator';
import { startConnectorProcess, type ConnectorProcess } from '@fscon/real-freeswitch';
import { createConfWorkspace, type ConfWorkspace } from '../../demo/src/conf-workspace';
import { digestAuthorization, digestFetch, firstDigestChallenge } from './support/digest-client';
import { ensureConnectorBuilt, REPO_ROOT } from './support/fresh-build';
import { simulatorConnectorEnv } from './support/simulator-connector-env';
import { LiveTestClient, UpgradeRefused } from './support/live-client';
import { eventually } from './support/system';

const ES_PASSWORD = 'es-pw-only-the-switch-knows';
const WRONG_ES_PASSWORD = 'es-pw-that-is-wrong';
const TEAM = { user: 'defaultuser', password: 'napw' };
const FRIEND = { user: 'frienduser', password: 'pw21000' };
const WRONG = { digest: 'wrong-digest-pw', session: 'wrong-session-pw', live: 'wrong-live-pw' };
const CHANGED_PASSWORD = 'changed-user-pw';
/** Words that would mean a credential's carrier reached the log. */
const TELLTALES = ['Digest ', 'response=', 'cnonce', 'Cookie', 'fscon-session', 'Authorization', 'token='];

/**
 * The built connector, as `npm start` runs it, at LOG_LEVEL=trace through logins of every kind (good
 * and bad), a browser session, live sockets and admin writes carrying passwords: every line of its log
 * is a JSON object with the fields the README names, lines carry the ids of their requests and sockets,
 * and no secret used, nor the headers that carry them, appears anywhere in it.
 */
describe('the log of a connector process', () => {
  let workspace: ConfWorkspace;
  let simulator: Simulator;
  let connector: ConnectorProcess;
  const secrets = new Set<string>([
    ES_PASSWORD,
    WRONG_ES_PASSWORD,
    ...Object.values(WRONG),
    CHANGED_PASSWORD,
  ]);
  const env = () => ({
    ...simulatorConnectorEnv(workspace, simulator, ES_PASSWORD),
    LOG_LEVEL: 'trace',
    LIVE_RECONCILE_MS: '0',
  });
  const url = (path: string) => `${connector.url}${path}`;
  const entries = (output: string) => output.split('\n').filter((line) => line !== '');
  const parsed = () => entries(connector.output()).map((line) => JSON.parse(line) as Record<string, unknown>);

  beforeAll(async () => {
    ensureConnectorBuilt();
    workspace = createConfWorkspace();
    simulator = await startSimulator({
      confDir: workspace.confDir,
      host: '127.0.0.1',
      port: 0,
      password: ES_PASSWORD,
    });
    connector = await startConnectorProcess(REPO_ROOT, env());
    await eventually(async () => expect((await fetch(url('/readyz'))).status).toBe(200), 30_000);
    await useEveryKindOfCredential();
  }, 120_000);
  afterAll(async () => {
    await connector?.stop();
    await simulator?.stop();
    workspace?.remove();
  });

  async function digestByHand(path: string, login: { user: string; password: string }): Promise<number> {
    const first = await fetch(url(path));
    const challenge = firstDigestChallenge(first.headers.get('www-authenticate'))!;
    const authorization = digestAuthorization({ ...login, challenge, method: 'GET', uri: path });
    for (const [, value] of authorization.matchAll(/(?:response|cnonce|nonce)="([^"]+)"/g))
      secrets.add(value!);
    return (await fetch(url(path), { headers: { Authorization: authorization } })).status;
  }

  async function sessionLogin(name: string, password: string, requestId: string): Promise<Response> {
    return fetch(url('/session'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Request-Id': requestId },
      body: JSON.stringify({ name, password }),
    });
  }

  async function liveLoginFails(query: string): Promise<void> {
    await expect(LiveTestClient.open(connector.url, query)).rejects.toBeInstanceOf(UpgradeRefused);
  }

  async function useEveryKindOfCredential(): Promise<void> {
    expect(await digestByHand('/api/users', TEAM)).toBe(200);
    expect(await digestByHand('/api/users', { ...TEAM, password: WRONG.digest })).toBe(401);
    expect((await digestFetch(url('/userinfo'), FRIEND)).status).toBe(200);

    expect((await sessionLogin(FRIEND.user, WRONG.session, 'session-refused')).status).toBe(401);
    const login = await sessionLogin(TEAM.user, TEAM.password, 'session-opened');
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    secrets.add(cookie.split('=')[1]!);
    const headers = { Cookie: cookie, 'X-Requested-With': 'fetch' };
    const { token } = (await (await fetch(url('/session/live-token'), { headers })).json()) as {
      token: string;
    };
    secrets.add(token);

    const byToken = await LiveTestClient.open(connector.url, `token=${token}`, {
      headers: { 'X-Request-Id': 'live-by-token' },
    });
    byToken.send({ req: 'initreg' });
    await byToken.next((message) => message.event === 'reply');
    byToken.socket.close(1000, 'done here');
    await byToken.closed;
    await liveLoginFails(`token=${token}`);
    const byLogin = await LiveTestClient.open(connector.url, `login=${FRIEND.user}:${FRIEND.password}`);
    byLogin.socket.close();
    await byLogin.closed;
    await liveLoginFails(`login=${FRIEND.user}:${WRONG.live}`);

    const added = await digestFetch(url('/api/users/add'), {
      ...TEAM,
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify([{ name: 'logged', email: 'logged@example.org', context: 'public' }]),
    });
    expect(added.status).toBe(200);
    const { done } = JSON.parse(added.body) as { done: { id: string; password: string }[] };
    secrets.add(done[0]!.password);
    const changed = await digestFetch(url('/api/users/mod'), {
      ...TEAM,
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify([{ id: done[0]!.id, password: CHANGED_PASSWORD }]),
    });
    expect(changed.status).toBe(200);
    expect((await fetch(url('/session'), { method: 'DELETE', headers })).status).toBe(204);
    expect((await fetch(url('/session'), { headers })).status).toBe(401);
  }

  it('is one JSON object a line, each with time, level, context and msg', () => {
    const lines = parsed();
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) {
      expect(line).toEqual(
        expect.objectContaining({
          time: expect.stringMatching(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/),
          level: expect.stringMatching(/^(trace|debug|info|warn|error|fatal)$/),
          context: expect.any(String),
          msg: expect.any(String),
        }),
      );
    }
    expect(lines.map((line) => line.context)).toEqual(expect.arrayContaining(['NestFactory', 'Connector']));
  });

  it('logs each HTTP request once, with its route, status, duration, caller and id, and sends the id back', async () => {
    const answer = await digestFetch(url('/api/conferences/bynum/300'), {
      ...TEAM,
      headers: { 'X-Request-Id': 'asked-for-1' },
    });
    expect(answer.headers.get('x-request-id')).toBe('asked-for-1');
    const unsafe = await fetch(url('/healthz'), { headers: { 'X-Request-Id': 'has spaces' } });
    expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const line = await connector.untilLogged(/"reqId":"asked-for-1".*"status":200/);
    expect(JSON.parse(line.text)).toMatchObject({
      level: 'info',
      context: 'HTTP',
      method: 'GET',
      route: '/api/conferences/:filter/:s',
      status: 200,
      durationMs: expect.any(Number),
      caller: 'defaultuser',
    });
    const refused = parsed().filter((entry) => entry.reqId === 'session-refused');
    expect(refused.map(({ context, level }) => ({ context, level }))).toEqual([
      { context: 'Auth', level: 'warn' },
      { context: 'HTTP', level: 'info' },
    ]);
  });

  it('logs a live socket when it opens and closes, under the id of its upgrade request', () => {
    const socket = parsed().filter((entry) => entry.reqId === 'live-by-token');
    expect(socket).toEqual([
      expect.objectContaining({ context: 'LiveGateway', caller: 'defaultuser', callerContext: 'team' }),
      expect.objectContaining({
        context: 'LiveGateway',
        code: 1000,
        reason: 'done here',
        durationMs: expect.any(Number),
      }),
    ]);
  });

  it('holds no secret: no password, Digest answer, nonce, cookie, session or live token', async () => {
    const wrongPassword = await startConnectorProcess(REPO_ROOT, { ...env(), FSPW: WRONG_ES_PASSWORD });
    try {
      await wrongPassword.untilLogged(/Authentication to FreeSWITCH at 127\.0\.0\.1:\d+ failed/);
    } finally {
      await wrongPassword.stop();
    }
    for (const output of [connector.output(), wrongPassword.output()]) {
      entries(output).forEach((line) => expect(() => JSON.parse(line) as unknown).not.toThrow());
      for (const secret of [...secrets, FRIEND.password, TEAM.password, ...TELLTALES])
        expect({ secret, found: output.includes(secret) }).toEqual({ secret, found: false });
    }
  }, 60_000);
});
