import { performance } from 'node:perf_hooks';
import type { ConnectorProcess } from '@fscon/real-freeswitch';
import { createConfWorkspace } from '../apps/demo/src/conf-workspace';
import { connectorAgainst } from './support/connector-against';
import { DigestSession } from './support/digest-session';
import { ms, summarize } from './support/stats';
import { switchesUnderTest, type SwitchUnderTest } from './support/switches';

const BULK_USERS = 1000;
const BULK_RUNS = 3;
const SINGLE_RUNS = 20;
/** Public ids beyond the default thousand, so that every run adds its users to the same context. */
const PUBLIC_USERS = '22000-29999';

function newUsers(count: number, prefix: string) {
  return Array.from({ length: count }, (_, i) => ({
    name: `${prefix}-${i}`,
    email: `${prefix}-${i}@example.org`,
    context: 'public',
  }));
}

async function timedAdd(session: DigestSession, users: ReturnType<typeof newUsers>): Promise<number> {
  const start = performance.now();
  const response = await session.post('/api/users/add', users);
  const elapsed = performance.now() - start;
  const body = JSON.parse(response.body) as { done?: unknown[] };
  if (response.status !== 200 || body.done?.length !== users.length) {
    throw new Error(`adding users answered ${response.status}: ${response.body.slice(0, 300)}`);
  }
  return elapsed;
}

async function addOneByOne(session: DigestSession, prefix: string): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < SINGLE_RUNS; run++)
    times.push(await timedAdd(session, newUsers(1, `${prefix}${run}`)));
  return times;
}

async function measure(target: SwitchUnderTest, connector: ConnectorProcess): Promise<void> {
  await connector.untilLogged(/xmlState read/);
  const session = new DigestSession(connector.url, 'defaultuser', 'napw');
  const single = await addOneByOne(session, 'single');
  const bulk: number[] = [];
  for (let run = 0; run < BULK_RUNS; run++)
    bulk.push(await timedAdd(session, newUsers(BULK_USERS, `bulk${run}`)));
  const singleInLarge = await addOneByOne(session, 'late');
  const one = summarize(single);
  const many = summarize(bulk);
  const oneInLarge = summarize(singleInLarge);
  console.log(`  ${target.name}:`);
  console.log(`    one user per request:      median ${ms(one.median)}, max ${ms(one.max)}`);
  console.log(`    ${BULK_USERS} users in one request: median ${ms(many.median)}, max ${ms(many.max)}`);
  console.log(
    `    one user per request with ${BULK_RUNS * BULK_USERS} users more: median ${ms(oneInLarge.median)}, max ${ms(oneInLarge.max)}`,
  );
  console.log(
    `    targets ${BULK_USERS} users < 1 s: ${many.median < 1000 ? 'met' : 'NOT met'}; ` +
      `one user < 100 ms: ${one.median < 100 ? 'met' : 'NOT met'}`,
  );
}

/**
 * POST /api/users/add through the built connector, including FreeSWITCH's reloadxml and the xmlState
 * rebuild, on the simulator and, where found, the real switch: 1,000 users in one request, and one.
 */
export async function bulkBenchmark(): Promise<void> {
  console.log(
    `bulk: ${SINGLE_RUNS} requests of one user, ${BULK_RUNS} of ${BULK_USERS} users, ${SINGLE_RUNS} of one user again (POST /api/users/add, etc-freeswitch's one user at the start)`,
  );
  const workspace = createConfWorkspace([]);
  const switches = await switchesUnderTest(workspace);
  try {
    for (const target of switches) {
      const connector = await connectorAgainst(target, workspace, { PUBLIC_USERS });
      try {
        await measure(target, connector);
      } finally {
        await connector.stop();
      }
    }
  } finally {
    await Promise.all(switches.map((target) => target.stop()));
    workspace.remove();
  }
}
