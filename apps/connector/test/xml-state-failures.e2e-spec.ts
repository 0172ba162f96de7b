import type { ReadinessResponse } from '@fscon/contracts';
import { NOT_READY_REASONS } from '../src/health/readiness';
import { folderSnapshot } from '../src/config-files/test-support/folder-snapshot';
import { jsonRequests } from './support/json-requests';
import { rawApi } from './support/raw-esl';
import { eventually, startSystem, type TestSystem } from './support/system';
import type { TcpRelay } from './support/tcp-relay';

/**
 * FreeSWITCH stops answering right after it accepted a reloadxml: the connector's reads of the new
 * configuration time out (ESL_TIMEOUT_MS), as they would with a switch that hangs.
 */
describe('reads of the configuration that fail, against the simulator', () => {
  let system: TestSystem;
  let relay: TcpRelay;
  const { request, ok } = jsonRequests(() => system);
  const snapshot = () => folderSnapshot(system.workspace.confDir);
  const userIds = async () => ((await ok('/api/users')).users as { id: string }[]).map((user) => user.id);
  const rebuildFailure = async () => (await ok('/api/info')).rebuildfailure;
  const readiness = async () => {
    const response = await fetch(`${system.url}/readyz`);
    return { status: response.status, body: (await response.json()) as ReadinessResponse };
  };
  const reloadBehindTheConnectorsBack = () => {
    const { host, password } = system.config.freeswitch;
    return rawApi(host, system.simulator.port, password, 'reloadxml');
  };

  beforeAll(async () => {
    system = await startSystem({ ESL_TIMEOUT_MS: '500' }, { relay: true });
    relay = system.relay!;
    await eventually(async () => expect((await request('/api/users')).status).toBe(200));
  });
  afterAll(() => system.stop());
  afterEach(() => relay.release());

  it('answers an error and takes the change back when the new configuration cannot be read', async () => {
    const before = snapshot();
    const idsBefore = await userIds();
    expect(await rebuildFailure()).toBeNull();
    relay.stallAfterClientSends('api global_getvar');

    const answer = await request('/api/users/add', [
      { name: 'unread', email: 'u@example.org', context: 'team' },
    ]);

    expect(answer.status).toBe(504);
    expect(JSON.parse(answer.body)).toEqual({
      error: expect.stringMatching(
        /^FreeSWITCH accepted the new configuration, but it could not be read back \(.*no answer within 500 ms\); the change was taken back$/,
      ),
      code: 'ESL.TIMEOUT',
    });
    expect(snapshot()).toEqual(before);
    relay.release();
    const failure = await rebuildFailure();
    expect(failure).toEqual({ error: expect.stringContaining('no answer'), since: expect.any(String) });
    expect(Date.parse(failure.since)).not.toBeNaN();

    expect(
      (await ok('/api/users/add', [{ name: 'read', email: 'r@example.org', context: 'team' }])).failed,
    ).toEqual([]);
    expect(await rebuildFailure()).toBeNull();
    const added = (await userIds()).filter((id) => !idsBefore.includes(id));
    expect(added).toHaveLength(1);
    await ok('/api/users/del', [{ id: added[0] }]);
    expect(snapshot()).toEqual(before);
  });

  it('shows a failed read after a reloadxml someone else ran, and is not ready, until a read succeeds', async () => {
    relay.stallAfterClientSends('api global_getvar');
    expect(await reloadBehindTheConnectorsBack()).toBe('+OK [Success]\n');
    await eventually(() => expect(relay.stalled()).toBe(true));
    await eventually(async () =>
      expect(await rebuildFailure()).toEqual({
        error: expect.stringContaining('no answer'),
        since: expect.any(String),
      }),
    );
    const notReady = await readiness();
    expect(notReady.status).toBe(503);
    expect(notReady.body.reasons).toContain(NOT_READY_REASONS.configurationCurrent);

    relay.release();
    expect(await reloadBehindTheConnectorsBack()).toBe('+OK [Success]\n');
    await eventually(async () => expect(await rebuildFailure()).toBeNull());
    await eventually(async () =>
      expect(await readiness()).toEqual({ status: 200, body: { ready: true, reasons: [] } }),
    );
  });
});
