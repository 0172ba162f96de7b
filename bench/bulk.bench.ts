import { performance } from 'node:perf_hooks';
import type { Context } from '@fscon/contracts';
import { startSimulator } from '@fscon/fs-simulator';
import { createConnector } from '../apps/connector/src/create-connector';
import { XmlStateReadModel } from '../apps/connector/src/xml-state/xml-state.read-model';
import { createConfWorkspace } from '../apps/demo/src/conf-workspace';
import { benchConfig } from './support/bench-config';
import { DigestSession } from './support/digest-session';
import { ms, summarize } from './support/stats';

const USERS_PER_REQUEST = 500;
const RUNS: Context[] = ['public', 'friends', 'team'];

function newUsers(context: Context, run: number) {
  return Array.from({ length: USERS_PER_REQUEST }, (_, i) => ({
    name: `bulk${run}-${i}`,
    email: `bulk${run}-${i}@example.org`,
    context,
  }));
}

/** Time to add 500 users in one request, including FreeSWITCH's reloadxml and the xmlState rebuild. */
export async function bulkBenchmark(): Promise<void> {
  const workspace = createConfWorkspace();
  const simulator = await startSimulator({ confDir: workspace.confDir, host: '127.0.0.1', port: 0 });
  const config = benchConfig(workspace, simulator.port);
  const app = await createConnector(config, { logger: ['error'] });
  try {
    const readModel = app.get(XmlStateReadModel);
    while (!readModel.isReady()) await new Promise((resolve) => setTimeout(resolve, 20));
    const session = new DigestSession(
      (await app.getUrl()).replace('[::1]', '127.0.0.1'),
      'defaultuser',
      'napw',
    );
    const times: number[] = [];
    for (const [run, context] of RUNS.entries()) {
      const start = performance.now();
      const response = await session.post('/api/users/add', newUsers(context, run));
      times.push(performance.now() - start);
      const body = JSON.parse(response.body) as { done?: unknown[]; failed?: unknown[] };
      if (response.status !== 200 || body.done?.length !== USERS_PER_REQUEST) {
        throw new Error(`adding users answered ${response.status}: ${response.body.slice(0, 300)}`);
      }
    }
    const total = readModel.require().users.length;
    const summary = summarize(times);
    console.log(
      `bulk: ${USERS_PER_REQUEST} users in one POST /api/users/add, ${RUNS.length} runs (${total} users at the end)`,
    );
    console.log(
      `  request incl. reloadxml and rebuild: median ${ms(summary.median)}, max ${ms(summary.max)}`,
    );
    console.log(`  target under 2 s: ${summary.max < 2000 ? 'met' : 'NOT met'}`);
  } finally {
    await app.close();
    await simulator.stop();
    workspace.remove();
  }
}
