import type { ReadinessResponse } from '@fscon/contracts';
import { EventSocketLag } from '../src/esl/lag/event-socket-lag';
import { NOT_READY_REASONS } from '../src/health/readiness';
import { scrape } from './support/metrics-scrape';
import { eventually, startSystem, type TestSystem } from './support/system';

const MAX_LAG_MS = 500;

describe('Event Socket lag in GET /readyz and /metrics, against a simulator that holds its commands', () => {
  let system: TestSystem;
  const lag = () => system.app.get(EventSocketLag).currentMs();
  const lagGauge = async () => (await scrape(system.app))('fscon_event_socket_lag_seconds');
  const readiness = async (status: number, reasons: string[]) => {
    const response = await fetch(`${system.url}/readyz`);
    const expected: ReadinessResponse = { ready: status === 200, reasons };
    expect({ status: response.status, body: await response.json() }).toEqual({ status, body: expected });
  };

  beforeAll(async () => {
    system = await startSystem({ ESL_LAG_PROBE_MS: '100', ESL_LAG_MAX_MS: String(MAX_LAG_MS) });
    await eventually(() => readiness(200, []), 30_000);
  });
  afterAll(() => system?.stop());

  it('measures a lag within the limit while the switch answers', async () => {
    await eventually(() => expect(lag()).toBeGreaterThan(0));
    expect(lag()).toBeLessThanOrEqual(MAX_LAG_MS);
  });

  it('is not ready, saying the connector is behind, while the switch leaves its probe unanswered', async () => {
    system.simulator.holdCommands(true);
    await eventually(() => readiness(503, [NOT_READY_REASONS.eventsCurrent]));
    expect(lag()).toBeGreaterThan(MAX_LAG_MS);
    expect(await lagGauge()).toBeGreaterThan(MAX_LAG_MS / 1000);
  });

  it('is ready again once the switch answers in time', async () => {
    system.simulator.holdCommands(false);
    await eventually(() => readiness(200, []));
    expect(lag()).toBeLessThanOrEqual(MAX_LAG_MS);
    expect(await lagGauge()).toBeLessThanOrEqual(MAX_LAG_MS / 1000);
  });
});
