import { performance } from 'node:perf_hooks';
import { CONTEXTS, type LiveConference } from '@fscon/contracts';
import type { ConnectorProcess } from '@fscon/real-freeswitch';
import WebSocket from 'ws';
import { createConfWorkspace } from '../apps/demo/src/conf-workspace';
import { connectorAgainst } from './support/connector-against';
import { ms, summarize } from './support/stats';
import { switchesUnderTest, type SwitchUnderTest } from './support/switches';

const RESTARTS = 3;
const LOGINS = ['defaultuser:napw', 'frienduser:pw21000', 'publicuser:pw22000'];
/** One caller in a conference of each context (the demo conferences). */
const CALLS = [
  { number: '30000', id: '20000' },
  { number: '31000', id: '21000' },
  { number: '32000', id: '22000' },
];

interface Dashboard {
  /** Resolves with the moment the dashboard holds a live state without any conference. */
  untilEmpty(): Promise<number>;
  close(): void;
}

function openDashboard(connector: ConnectorProcess, login: string): Promise<Dashboard> {
  const socket = new WebSocket(`${connector.url.replace('http', 'ws')}/api/live?login=${login}`);
  let waiting: ((at: number) => void) | undefined;
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { event: string; data?: LiveConference[] };
    if (message.event === 'newLiveState' && message.data?.length === 0) waiting?.(performance.now());
  });
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.once('open', () =>
      resolve({
        untilEmpty: () => new Promise((settle) => (waiting = settle)),
        close: () => socket.close(),
      }),
    );
  });
}

async function measure(target: SwitchUnderTest, connector: ConnectorProcess): Promise<number[]> {
  await connector.untilLogged(/live state rebuilt/);
  const dashboards = await Promise.all(LOGINS.map((login) => openDashboard(connector, login)));
  const times: number[] = [];
  try {
    for (let run = 0; run < RESTARTS; run++) {
      for (const call of CALLS) await target.callIn(call.number, call.id);
      const correct = Promise.all(dashboards.map((dashboard) => dashboard.untilEmpty()));
      const answered = await target.restart();
      times.push(Math.max(...(await correct)) - answered);
    }
  } finally {
    dashboards.forEach((dashboard) => dashboard.close());
  }
  return times;
}

/**
 * FreeSWITCH restarted while a conference of each context runs: the time from its Event Socket
 * answering again to every dashboard (one per context) holding the live state without them.
 */
export async function restartBenchmark(): Promise<void> {
  console.log(
    `restart: ${RESTARTS} restarts, ${CONTEXTS.length} dashboards, a running conference per context`,
  );
  const workspace = createConfWorkspace();
  const switches = await switchesUnderTest(workspace);
  try {
    for (const target of switches) {
      const connector = await connectorAgainst(target, workspace);
      try {
        const times = summarize(await measure(target, connector));
        console.log(
          `  ${target.name}: answering → every dashboard correct: median ${ms(times.median)}, max ${ms(times.max)}` +
            ` (target under 1 s: ${times.max < 1000 ? 'met' : 'NOT met'})`,
        );
      } finally {
        await connector.stop();
      }
    }
  } finally {
    await Promise.all(switches.map((target) => target.stop()));
    workspace.remove();
  }
}
