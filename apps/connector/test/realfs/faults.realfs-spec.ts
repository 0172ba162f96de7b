import type { LiveConference } from '@fscon/contracts';
import { startConnectorProcess } from '@fscon/real-freeswitch';
import { isEvent, LiveTestClient, type Received } from '../support/live-client';
import { NOT_READY_REASONS } from '../../src/health/readiness';
import { REPO_ROOT } from '../support/fresh-build';
import { eventually } from '../support/system';
import { startTcpRelay } from '../support/tcp-relay';
import { conferenceCallers } from './support/conference-callers';
import { CONTEXT_LOGINS } from './support/context-clients';
import { DEMO_CALLERS } from './support/demo-config';
import { describeRealFs } from './support/realfs';
import { connectorEnv, startRealSystem, type RealSystem } from './support/real-system';

const conferences = (message: Received) => (message as { data: LiveConference[] }).data;

describeRealFs('real FreeSWITCH: faults', () => {
  let system: RealSystem;
  let clients: LiveTestClient[];

  beforeAll(async () => {
    system = await startRealSystem();
    clients = await Promise.all(
      Object.values(CONTEXT_LOGINS).map((login) => LiveTestClient.open(system.connector.url, login)),
    );
  }, 60_000);
  afterAll(async () => {
    await Promise.all((clients ?? []).map((client) => client.close()));
    await system?.stop();
  });

  const expectReadiness = async (status: number, reasons: string[]) => {
    const answer = await fetch(`${system.connector.url}/readyz`);
    expect({ status: answer.status, body: await answer.json() }).toEqual({
      status,
      body: { ready: status === 200, reasons },
    });
  };

  it('leaves no stale member on any dashboard when FreeSWITCH stops mid-conference and starts again, and is not ready meanwhile', async () => {
    const callers = conferenceCallers(system.freeswitch);
    await callers.join('public', DEMO_CALLERS.member);
    await callers.join('team', DEMO_CALLERS.moderator);
    for (const client of clients) await client.next(isEvent('newConference', 'public_conf'));
    await clients[0]!.next(isEvent('newConference', 'team_g722'));

    const from = clients.map((client) => client.received.length);
    await system.freeswitch.stop('SIGTERM');
    await eventually(() =>
      expectReadiness(503, [NOT_READY_REASONS.eventSocketConnected, NOT_READY_REASONS.liveStateSynced]),
    );
    await system.freeswitch.start();

    const rebuilt = await Promise.all(
      clients.map((client, i) => client.next(isEvent('newLiveState'), from[i])),
    );
    await eventually(() => expectReadiness(200, []));
    expect(rebuilt.map(conferences)).toEqual([[], [], []]);
    for (const client of clients) {
      const snapshot = await client.ask({ req: 'init' }, (message) => message.event === 'reply');
      expect(conferences(snapshot)).toEqual([]);
    }

    await callers.join('public', DEMO_CALLERS.member);
    for (const [i, client] of clients.entries()) {
      const joined = await client.next(isEvent('newConference', 'public_conf'), from[i]);
      expect(joined).toMatchObject({ data: { name: 'public_conf', memcount: 1 } });
    }
  }, 60_000);

  it('logs a clear line for a wrong Event Socket password, keeps trying and does not crash', async () => {
    const proxy = await startTcpRelay(system.freeswitch.ports.eventSocket);
    const connector = await startConnectorProcess(REPO_ROOT, {
      ...connectorEnv(system.freeswitch, system.staticDir),
      FSPORT: String(proxy.port),
      FSPW: 'not-the-password',
      // a journal of its own: the system's connector writes to the one in the shared static folder
      JOURNAL_PATH: ':memory:',
    });
    try {
      const { text } = await connector.untilLogged(/Authentication to FreeSWITCH at 127\.0\.0\.1:\d+ failed/);
      expect(text).toMatch(/failed: -ERR invalid; retrying in \d+ ms/);
      await eventually(() => expect(proxy.connections()).toBeGreaterThanOrEqual(3), 30_000);
      const info = await fetch(`${connector.url}/api/info`);
      expect(info.status).toBe(503);
      expect(await info.text()).toContain('FreeSWITCH is not connected');
      const ready = await fetch(`${connector.url}/readyz`);
      expect({ status: ready.status, body: await ready.json() }).toEqual({
        status: 503,
        body: {
          ready: false,
          reasons: [
            NOT_READY_REASONS.eventSocketConnected,
            NOT_READY_REASONS.xmlStateRead,
            NOT_READY_REASONS.liveStateSynced,
          ],
        },
      });
      expect(connector.output()).not.toContain('not-the-password');
    } finally {
      await connector.stop();
      await proxy.close();
    }
  }, 60_000);
});
