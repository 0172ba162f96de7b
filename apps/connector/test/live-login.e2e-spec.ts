import { Logger } from '@nestjs/common';
import type { LiveTokenResponse } from '@fscon/contracts';
import { digestFetch } from './support/digest-client';
import { LiveTestClient, UpgradeRefused } from './support/live-client';
import { eventually, startSystem, type TestSystem } from './support/system';

const TEAM = 'login=defaultuser:napw';

describe('/api/live: logging in', () => {
  let system: TestSystem;
  const open = (query: string) => LiveTestClient.open(system.url, query);
  const refusal = (query: string) =>
    open(query).then(
      (client) => {
        void client.close();
        return 0;
      },
      (error: unknown) => (error instanceof UpgradeRefused ? error.status : -1),
    );

  beforeAll(async () => {
    system = await startSystem({ LIVE_RECONCILE_MS: '0' });
    await eventually(async () => (await open(TEAM)).close());
  }, 60_000);
  afterAll(() => system?.stop());

  it('lets each demo user in by name and password and answers init', async () => {
    for (const login of ['defaultuser:napw', 'frienduser:pw21000', 'publicuser:pw22000']) {
      const client = await open(`login=${encodeURIComponent(login)}`);
      const reply = await client.ask({ req: 'init' }, (m) => m.event === 'reply');
      expect(reply).toMatchObject({ event: 'reply', reply: 'init', data: [] });
      expect(Number.isSafeInteger((reply as { seq?: number }).seq)).toBe(true);
      await client.close();
    }
  });

  it('refuses the upgrade with 401 for a wrong password, a password alone, another user`s password, or nothing', async () => {
    expect(await refusal('login=defaultuser:wrong')).toBe(401);
    expect(await refusal('login=napw')).toBe(401);
    expect(await refusal('login=:napw')).toBe(401);
    expect(await refusal('login=frienduser:napw')).toBe(401);
    expect(await refusal('login=nobody:napw')).toBe(401);
    expect(await refusal('')).toBe(401);
    expect(await refusal('token=not-a-token')).toBe(401);
  });

  it('logs a refused login without its query string', async () => {
    const logged = ['log', 'warn', 'error', 'debug', 'verbose'].map((level) =>
      jest.spyOn(Logger.prototype, level as 'warn'),
    );
    expect(await refusal('login=defaultuser:secret-guess')).toBe(401);
    const lines = logged.flatMap((spy) => spy.mock.calls.map((call) => String(call[0])));
    logged.forEach((spy) => spy.mockRestore());
    expect(lines.some((line) => line.includes('live login refused'))).toBe(true);
    expect(lines.filter((line) => /secret-guess|login=/.test(line))).toEqual([]);
  });

  it('lets a client in once with a live token from an authenticated route', async () => {
    const answer = await digestFetch(`${system.url}/session/live-token`, {
      user: 'frienduser',
      password: 'pw21000',
    });
    expect(answer.status).toBe(200);
    const { token } = JSON.parse(answer.body) as LiveTokenResponse;
    const client = await open(`token=${encodeURIComponent(token)}`);
    const reply = await client.ask({ req: 'initreg' }, (m) => m.event === 'reply');
    expect(reply).toMatchObject({ reply: 'initreg', data: [] });
    await client.close();
    expect(await refusal(`token=${encodeURIComponent(token)}`)).toBe(401);
  });

  it('answers 404 to an upgrade on any other path', async () => {
    const client = LiveTestClient.open(system.url, TEAM, {}, '/api/other');
    await expect(client).rejects.toEqual(new UpgradeRefused(404));
  });
});
