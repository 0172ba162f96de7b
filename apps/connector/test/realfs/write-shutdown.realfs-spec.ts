import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { INTENT_FILE } from '../../src/config-files/recovery/write-intent-store';
import { folderSnapshot } from '../../src/config-files/test-support/folder-snapshot';
import { eventually } from '../support/system';
import { startTcpRelay } from '../support/tcp-relay';
import { LiveTestClient } from '../support/live-client';
import { adminClient } from './support/admin-client';
import { CONTEXT_LOGINS } from './support/context-clients';
import { untilExists, userIdsInFolder, workFilesBelow } from './support/crash-points';
import { describeRealFs } from './support/realfs';
import { startRealSystem, type RealSystem } from './support/real-system';
import { expectUsersAgree } from './support/switch-agreement';
import { userExists } from './support/switch-user';

const users = (prefix: string, count: number) =>
  [...Array(count).keys()].map((i) => ({
    name: `${prefix}${i}`,
    email: `${prefix}${i}@example.org`,
    context: 'public',
  }));

/** SIGTERM while a bulk write is under way, against a real FreeSWITCH. */
describeRealFs('real FreeSWITCH: the connector stopped in the middle of a write', () => {
  let system: RealSystem;
  const client = adminClient(() => system);
  const record = () => join(system.staticDir, INTENT_FILE);
  const snapshot = () => folderSnapshot(system.freeswitch.confDir);

  beforeAll(async () => {
    system = await startRealSystem();
  }, 60_000);
  afterAll(() => system?.stop());

  it('finishes the write and answers it, and sends dashboards elsewhere, before the process exits', async () => {
    const dashboard = await LiveTestClient.open(system.connector.url, CONTEXT_LOGINS.team);
    const answer = client.writeUsers('add', users('term', 600));
    await untilExists(record());
    const stopping = performance.now();
    await system.connector.stop();
    process.stdout.write(`exited ${Math.round(performance.now() - stopping)} ms after SIGTERM\n`);

    expect(await dashboard.closed).toEqual({ code: 1001, reason: 'server shutting down' });
    const { done, failed } = await answer;
    expect(failed).toEqual([]);
    expect(done).toHaveLength(600);
    expect(existsSync(record())).toBe(false);
    await system.restartConnector();
    expect(system.connector.output()).not.toMatch(/interrupted/);
    const ids = done.map((user) => user.id);
    expect(userIdsInFolder(system.freeswitch.confDir)).toEqual(expect.arrayContaining(ids));
    await expectUsersAgree(system, [done[0]!, done[599]!]);
  }, 60_000);

  it('takes the write back itself when FreeSWITCH does not answer, and the next start has it reload', async () => {
    const relay = await startTcpRelay(system.freeswitch.ports.eventSocket);
    try {
      await system.restartConnector({ FSPORT: String(relay.port), ESL_TIMEOUT_MS: '60000' });
      const before = snapshot();
      relay.stallAfterClientSends('bgapi reloadxml');
      const answer = client.request('/api/users/add', users('stuck', 300));
      await eventually(() => expect(relay.stalled()).toBe(true));

      const stopping = performance.now();
      await system.connector.stop();
      process.stdout.write(`stopped ${Math.round(performance.now() - stopping)} ms after SIGTERM\n`);

      expect(await answer).toMatchObject({
        status: 503,
        body: '{"error":"the Event Socket adapter was closed","code":"ESL.DISCONNECTED"}',
      });
      expect(system.connector.output()).toMatch(
        /did not end within 7000 ms and was taken back \(\d+ of its 300 files put back\)/,
      );
      expect(snapshot()).toEqual(before);
      expect(existsSync(record())).toBe(true);
      expect(await userExists(system.freeswitch, '22601')).toBe(true);
    } finally {
      await relay.close();
    }

    await system.restartConnector();
    expect(system.connector.output()).toMatch(/interrupted and is taken back: 0 of its 300 files put back/);
    expect(existsSync(record())).toBe(false);
    expect(workFilesBelow(system.freeswitch.confDir)).toEqual([]);
    expect(await userExists(system.freeswitch, '22601')).toBe(false);
    await expectUsersAgree(system);
  }, 60_000);
});
