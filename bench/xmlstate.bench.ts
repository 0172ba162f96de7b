import { performance } from 'node:perf_hooks';
import type { INestApplication } from '@nestjs/common';
import { EventBus, ofType } from '@nestjs/cqrs';
import { filter, firstValueFrom, map } from 'rxjs';
import { startSimulator } from '@fscon/fs-simulator';
import { createConnector } from '../apps/connector/src/create-connector';
import { EventSocket } from '../apps/connector/src/esl/event-socket.port';
import { XmlStateRebuilt } from '../apps/connector/src/xml-state/events/xml-state-rebuilt.event';
import { createConfWorkspace, type ConfWorkspace } from '../apps/demo/src/conf-workspace';
import { benchConfig } from './support/bench-config';
import { DigestSession } from './support/digest-session';
import { freePort } from './support/free-port';
import { writeLargeConfiguration } from './support/large-configuration';
import { ms, summarize } from './support/stats';

const USERS = 3000;
const CONFERENCES = 1000;
const BUILD_RUNS = 5;
const REQUESTS = 200;

/** Starts a connector before FreeSWITCH is up, so the moment of connecting can be observed. */
async function connectOnce(
  workspace: ConfWorkspace,
): Promise<{ app: INestApplication; buildMs: number; stop(): Promise<void> }> {
  const port = await freePort();
  const config = benchConfig(workspace, port);
  const app = await createConnector(config, { logger: ['error'] });
  const connectedAt = firstValueFrom(
    app.get(EventSocket).connection$.pipe(
      filter((state) => state === 'connected'),
      map(() => performance.now()),
    ),
  );
  const rebuilt = firstValueFrom(
    app.get(EventBus).pipe(
      ofType(XmlStateRebuilt),
      map((event) => ({ event, at: performance.now() })),
    ),
  );
  const simulator = await startSimulator({ confDir: workspace.confDir, host: '127.0.0.1', port });
  const start = await connectedAt;
  const { event, at } = await rebuilt;
  if (event.data.users !== USERS || event.data.conferences !== CONFERENCES) {
    throw new Error(`incomplete xmlState: ${JSON.stringify(event.data)}`);
  }
  return {
    app,
    buildMs: at - start,
    stop: async () => {
      await app.close();
      await simulator.stop();
    },
  };
}

async function measureRequests(app: INestApplication): Promise<number[]> {
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const session = new DigestSession(base, 'user20000', 'pw20000');
  const latencies: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const start = performance.now();
    const response = await session.get('/api/users');
    latencies.push(performance.now() - start);
    if (response.status !== 200) throw new Error(`GET /api/users answered ${response.status}`);
  }
  return latencies;
}

/** Time from Event Socket connect to a complete xmlState, and GET /api/users latency, for a large directory. */
export async function xmlStateBenchmark(): Promise<void> {
  const workspace = createConfWorkspace([]);
  writeLargeConfiguration(workspace.confDir, USERS, CONFERENCES);
  const builds: number[] = [];
  let latencies: number[] = [];
  try {
    for (let run = 0; run < BUILD_RUNS; run++) {
      const connection = await connectOnce(workspace);
      builds.push(connection.buildMs);
      if (run === BUILD_RUNS - 1) latencies = await measureRequests(connection.app);
      await connection.stop();
    }
  } finally {
    workspace.remove();
  }
  const build = summarize(builds);
  const requests = summarize(latencies);
  console.log(`xmlstate: ${USERS} users, ${CONFERENCES} conferences, ${builds.length} connects`);
  console.log(
    `  connect → complete xmlState: median ${ms(build.median)}, min ${ms(build.min)}, max ${ms(build.max)}`,
  );
  console.log(`  target under 300 ms: ${build.median < 300 ? 'met' : 'NOT met'}`);
  console.log(
    `  GET /api/users (${REQUESTS} requests, ${USERS} users): median ${ms(requests.median)}, p99 ${ms(requests.p99)}`,
  );
}
