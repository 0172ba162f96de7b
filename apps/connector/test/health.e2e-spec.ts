import type { INestApplication } from '@nestjs/common';
import type { ReadinessResponse } from '@fscon/contracts';
import { startSimulator, type Simulator } from '@fscon/fs-simulator';
import { freeTcpPort } from '@fscon/real-freeswitch';
import { createConfWorkspace, type ConfWorkspace } from '../../demo/src/conf-workspace';
import { createConnector } from '../src/create-connector';
import { NOT_READY_REASONS } from '../src/health/readiness';
import { eventually, testConfig } from './support/system';

const NOT_CONNECTED = NOT_READY_REASONS.eventSocketConnected;
const NOT_READ = NOT_READY_REASONS.xmlStateRead;
const NOT_SYNCED = NOT_READY_REASONS.liveStateSynced;

/** The connector is started before the simulator exists, on the port the simulator will listen on. */
describe('GET /healthz and GET /readyz, without login, as the simulator comes and goes', () => {
  let workspace: ConfWorkspace;
  let simulatorPort: number;
  let simulator: Simulator | undefined;
  let app: INestApplication;
  let url: string;

  const startSwitch = async () => {
    simulator = await startSimulator({ confDir: workspace.confDir, host: '127.0.0.1', port: simulatorPort });
  };
  const probe = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${url}${path}`, { headers });
    return { status: response.status, headers: response.headers, body: (await response.json()) as unknown };
  };
  const readiness = async (status: number, reasons: string[]) => {
    const answer = await probe('/readyz');
    const expected: ReadinessResponse = { ready: status === 200, reasons };
    expect({ status: answer.status, body: answer.body }).toEqual({ status, body: expected });
  };

  beforeAll(async () => {
    workspace = createConfWorkspace();
    simulatorPort = await freeTcpPort();
    const config = testConfig(workspace, simulatorPort);
    app = await createConnector(config, { logger: false });
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterAll(async () => {
    await app?.close();
    await simulator?.stop();
    workspace?.remove();
  });

  it('is alive and not ready before FreeSWITCH was ever reached, naming all that is missing', async () => {
    const alive = await probe('/healthz');
    expect(alive).toMatchObject({ status: 200, body: { alive: true } });
    expect(alive.headers.get('cache-control')).toBe('no-store');
    const answer = await probe('/readyz');
    expect(answer).toMatchObject({
      status: 503,
      body: { ready: false, reasons: [NOT_CONNECTED, NOT_READ, NOT_SYNCED] },
    });
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('www-authenticate')).toBeNull();
  });

  it('is ready once connected, with the configuration read and the live state synced', async () => {
    await startSwitch();
    await eventually(() => readiness(200, []), 30_000);
  });

  it('asks for no login, and a wrong one changes nothing', async () => {
    const garbage = { Authorization: 'Digest username="nobody", response="0"' };
    expect(await probe('/readyz', garbage)).toMatchObject({ status: 200, body: { ready: true } });
    expect(await probe('/healthz', { Authorization: 'Basic bm9ib2R5Og==' })).toMatchObject({ status: 200 });
  });

  it('is not ready while FreeSWITCH is gone (the configuration read before is kept) and alive all along', async () => {
    await simulator!.stop();
    simulator = undefined;
    await eventually(() => readiness(503, [NOT_CONNECTED, NOT_SYNCED]));
    expect(await probe('/healthz')).toMatchObject({ status: 200, body: { alive: true } });
  });

  it('is ready again when FreeSWITCH is back', async () => {
    await startSwitch();
    await eventually(() => readiness(200, []), 30_000);
  });
});
