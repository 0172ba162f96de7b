import { performance } from 'node:perf_hooks';
import type { ConnectorProcess } from '@fscon/real-freeswitch';
import { createConfWorkspace } from '../apps/demo/src/conf-workspace';
import { connectorAgainst } from './support/connector-against';
import { DigestSession } from './support/digest-session';
import { writeLargeConfiguration } from './support/large-configuration';
import { ms, summarize } from './support/stats';
import { switchesUnderTest, type SwitchUnderTest } from './support/switches';

const USERS = 3000;
const CONFERENCES = 1000;
const STARTS = 5;
const REQUESTS = 200;

interface StartTimes {
  /** Process start → the xmlState and the live state are built. */
  startToReady: number;
  /** Event Socket connected → the same. */
  connectedToReady: number;
}

async function startOnce(connector: ConnectorProcess): Promise<StartTimes> {
  const connected = await connector.untilLogged(/Connected to FreeSWITCH/);
  const xml = await connector.untilLogged(
    new RegExp(`xmlState read: ${USERS} users, ${CONFERENCES} conferences`),
  );
  const live = await connector.untilLogged(/live state rebuilt/);
  const ready = Math.max(xml.at, live.at);
  return { startToReady: ready - connector.startedAt, connectedToReady: ready - connected.at };
}

async function measureRequests(connector: ConnectorProcess): Promise<number[]> {
  const session = new DigestSession(connector.url, 'user20000', 'pw20000');
  const latencies: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const start = performance.now();
    const response = await session.get('/api/users');
    latencies.push(performance.now() - start);
    if (response.status !== 200) throw new Error(`GET /api/users answered ${response.status}`);
  }
  return latencies;
}

function report(target: SwitchUnderTest, starts: StartTimes[], latencies: number[]): void {
  const start = summarize(starts.map((s) => s.startToReady));
  const connected = summarize(starts.map((s) => s.connectedToReady));
  const requests = summarize(latencies);
  console.log(`  ${target.name}:`);
  console.log(
    `    process start → ready:  median ${ms(start.median)} (min ${ms(start.min)}, max ${ms(start.max)})`,
  );
  console.log(
    `    connected → ready:      median ${ms(connected.median)} (min ${ms(connected.min)}, max ${ms(connected.max)})`,
  );
  console.log(`    GET /api/users:         median ${ms(requests.median)}, p99 ${ms(requests.p99)}`);
  console.log(
    `    targets process start → ready < 800 ms: ${start.median < 800 ? 'met' : 'NOT met'}; ` +
      `connected → ready < 150 ms: ${connected.median < 150 ? 'met' : 'NOT met'}`,
  );
}

/**
 * The built connector started against FreeSWITCH with 3,000 users and 1,000 conferences, the simulator's
 * and the real switch's side by side: process start → ready, Event Socket connected → ready, and the
 * latency of GET /api/users.
 */
export async function xmlStateBenchmark(): Promise<void> {
  const workspace = createConfWorkspace([]);
  writeLargeConfiguration(workspace.confDir, USERS, CONFERENCES);
  console.log(
    `xmlstate: ${USERS} users, ${CONFERENCES} conferences, ${STARTS} starts of the built connector`,
  );
  const switches = await switchesUnderTest(workspace);
  try {
    for (const target of switches) {
      const starts: StartTimes[] = [];
      let latencies: number[] = [];
      for (let run = 0; run < STARTS; run++) {
        const connector = await connectorAgainst(target, workspace);
        try {
          starts.push(await startOnce(connector));
          if (run === STARTS - 1) latencies = await measureRequests(connector);
        } finally {
          await connector.stop();
        }
      }
      report(target, starts, latencies);
    }
  } finally {
    await Promise.all(switches.map((target) => target.stop()));
    workspace.remove();
  }
}
