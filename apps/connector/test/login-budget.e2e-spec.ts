import { clientFrom, type AnswerFrom } from './support/from-address';
import { eventually, startSystem, type TestSystem } from './support/system';

const HOUR = '3600';
const statusOf = (answers: AnswerFrom[]) => answers.map((answer) => answer.status);

/** The connector's default login policy over real HTTP and WebSocket, each client on its own loopback address. */
describe('one login budget for Digest, POST /session and /api/live', () => {
  let system: TestSystem;
  const from = (address: string) => clientFrom(address, system.url);

  beforeAll(async () => {
    system = await startSystem({ LIVE_RECONCILE_MS: '0' });
    await eventually(async () =>
      expect((await from('127.0.0.1').session('defaultuser', 'napw')).status).toBe(200),
    );
  }, 60_000);
  afterAll(() => system?.stop());

  it('blocks an address and name on every path after 10 failures in a row spread over the three', async () => {
    const stranger = from('127.0.0.31');
    const failures = [
      ...(await Promise.all(
        [1, 2, 3, 4].map((i) => stranger.digest('/api/users', 'defaultuser', `guess-${i}`)),
      )),
      ...(await Promise.all([5, 6, 7].map((i) => stranger.session('defaultuser', `guess-${i}`)))),
      ...(await Promise.all([8, 9, 10].map((i) => stranger.live(`login=defaultuser:guess-${i}`)))),
    ];
    expect(statusOf(failures)).toEqual(Array(10).fill(401));
    const refused = [
      await stranger.digest('/api/users', 'defaultuser', 'napw'),
      await stranger.session('defaultuser', 'napw'),
      await stranger.live('login=defaultuser:napw'),
    ];
    expect(refused.map(({ status, retryAfter }) => ({ status, retryAfter }))).toEqual(
      Array(3).fill({ status: 429, retryAfter: HOUR }),
    );
    expect(JSON.parse(refused[0]!.body)).toEqual({
      error: 'too many failed logins, try again later',
      code: 'AUTH.RATE_LIMITED',
    });
    expect((await stranger.digest('/userinfo', 'publicuser', 'pw22000')).status).toBe(200);
  });

  it('keeps a colleague`s phone and browser working while a stranger guesses from anywhere', async () => {
    const phone = from('127.0.0.21');
    expect((await phone.digest('/linphone', 'frienduser', 'pw21000')).status).toBe(200);
    for (const address of ['127.0.0.22', '127.0.0.23', '127.0.0.24']) {
      const stranger = from(address);
      for (let i = 0; i < 12; i++) {
        await stranger.digest('/linphone', 'frienduser', `guess-${i}`);
        await stranger.session('frienduser', `guess-${i}`);
        await stranger.live(`login=frienduser:guess-${i}`);
      }
      expect((await stranger.digest('/linphone', 'frienduser', 'pw21000')).status).toBe(429);
    }
    expect((await phone.digest('/linphone', 'frienduser', 'pw21000')).status).toBe(200);
    expect((await phone.live('login=frienduser:pw21000')).status).toBe(101);
    const freshBrowser = from('127.0.0.25');
    expect((await freshBrowser.session('frienduser', 'pw21000')).status).toBe(200);
    expect((await freshBrowser.live('login=frienduser:pw21000')).status).toBe(101);
  });

  it('holds back an address without a good record after one failure while its name is under attack', async () => {
    for (const address of ['127.0.0.41', '127.0.0.42']) {
      for (let i = 0; i < 5; i++) await from(address).session('publicuser', `guess-${i}`);
    }
    const typist = from('127.0.0.43');
    expect((await typist.session('publicuser', 'typo')).status).toBe(401);
    const held = await typist.live('login=publicuser:pw22000');
    expect(held.status).toBe(429);
    expect(Number(held.retryAfter)).toBeGreaterThan(0);
    expect(Number(held.retryAfter)).toBeLessThanOrEqual(900);
    expect((await typist.digest('/userinfo', 'frienduser', 'pw21000')).status).toBe(200);
  });

  it('counts live tokens that are not ones and every path`s failures on one address budget', async () => {
    const scanner = from('127.0.0.51');
    const failures: AnswerFrom[] = [];
    for (let i = 0; i < 90; i++) failures.push(await scanner.session(`nobody-${i}`, 'guess'));
    for (let i = 0; i < 5; i++) failures.push(await scanner.live(`token=not-a-token-${i}`));
    for (let i = 0; i < 5; i++) failures.push(await scanner.digest('/userinfo', `nobody-${i}`, 'guess'));
    expect(statusOf(failures)).toEqual(Array(100).fill(401));
    const refused = [
      await scanner.live('token=not-a-token'),
      await scanner.live('login=publicuser:pw22000'),
      await scanner.session('publicuser', 'pw22000'),
      await scanner.digest('/userinfo', 'publicuser', 'pw22000'),
    ];
    expect(statusOf(refused)).toEqual([429, 429, 429, 429]);
    expect(refused.map(({ retryAfter }) => Number(retryAfter))).toEqual(Array(4).fill(86_400));
    expect((await from('127.0.0.52').digest('/userinfo', 'publicuser', 'pw22000')).status).toBe(200);
  });
});
