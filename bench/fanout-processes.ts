import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connectorCommand, freeTcpPort } from '@fscon/real-freeswitch';
import { REPO_ROOT } from '../apps/demo/src/conf-workspace';
import type { ConfWorkspace } from '../apps/demo/src/conf-workspace';

const REGISTER_PATHS = join(REPO_ROOT, 'scripts', 'register-paths.cjs');
const DIST = join(REPO_ROOT, 'dist');

/** A server under test in its own process, so that its memory is its own. */
export interface ServerProcess {
  /** ws://… of /api/live (or the baseline) for a query string. */
  url: (query: string) => string;
  /** Kilobytes: the resident set now (VmRSS) and at its peak since the start (VmHWM). */
  memory(): { rssKb: number; peakKb: number };
  /** Milliseconds of CPU (user and system) the process has used so far. */
  cpuMs(): number;
  stop(): Promise<void>;
}

function memoryOf(pid: number): { rssKb: number; peakKb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssKb: field('VmRSS'), peakKb: field('VmHWM') };
}

/** Linux counts utime and stime in clock ticks of USER_HZ, 100 a second on every common architecture. */
const TICK_MS = 10;

function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

function stopped(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function started(child: ChildProcess, url: (query: string) => string): ServerProcess {
  return {
    url,
    memory: () => memoryOf(child.pid!),
    cpuMs: () => cpuMsOf(child.pid!),
    stop: () => stopped(child),
  };
}

/**
 * The built connector, started as `npm start` starts it, against the simulator, on a free loopback port
 * (metrics too, unless `env` says otherwise); `env` adds to or overrides its environment.
 */
export async function startConnector(
  workspace: ConfWorkspace,
  eslPort: number,
  env: Readonly<Record<string, string>> = {},
): Promise<ServerProcess> {
  const port = await freeTcpPort();
  const { nodeOptions, entry } = connectorCommand(REPO_ROOT);
  const child = fork(entry, [], {
    execArgv: nodeOptions,
    env: {
      PATH: process.env.PATH,
      FSIP: '127.0.0.1',
      FSPORT: String(eslPort),
      SWITCHCONF: workspace.confDir,
      RECPATH: workspace.recordingsDir,
      STATICPATH: workspace.staticDir,
      FASTIIP: '127.0.0.1',
      FASTIPORT: String(port),
      FASTICERT: join(workspace.root, 'none.pem'),
      FASTIKEY: join(workspace.root, 'none.pem'),
      LIVE_RECONCILE_MS: '0',
      METRICS_PORT: '0',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return started(child, (query) => `ws://127.0.0.1:${port}/api/live?${query}`);
}

/** A server of the benchmarks' own, in its own process, with the handle to send it messages. */
export interface BenchServer extends ServerProcess {
  child: ChildProcess;
}

/**
 * `dist/bench/<name>.js` in its own process, with `env` added to PATH; it sends `{ port }` once it
 * listens and takes WebSocket clients at `/` of that port.
 */
export async function startBenchServer(
  name: string,
  env: Readonly<Record<string, string>> = {},
): Promise<BenchServer> {
  const child = fork(join(DIST, 'bench', `${name}.js`), [], {
    execArgv: ['-r', REGISTER_PATHS],
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message: { port: number }) => resolve(message.port));
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}`)));
  });
  return { ...started(child, (query) => `ws://127.0.0.1:${port}/?${query}`), child };
}

/** The bare fan-out (fanout-baseline.js) on the same Event Socket. */
export function startBaseline(eslPort: number): Promise<ServerProcess> {
  return startBenchServer('fanout-baseline', { BASELINE_ESL_PORT: String(eslPort) });
}
