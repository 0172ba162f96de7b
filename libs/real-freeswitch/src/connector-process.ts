import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { freeTcpPort } from './free-ports';
import { guardAgainstOrphan } from './orphan-guard';

/** A line the process wrote, with the moment (performance.now()) it arrived. */
export interface LoggedLine {
  text: string;
  at: number;
}

/** The built connector as its own process, started the way `npm start` starts it. */
export interface ConnectorProcess {
  readonly pid: number;
  /** http://127.0.0.1:<port> */
  readonly url: string;
  readonly port: number;
  /** The moment it was started (performance.now()). */
  readonly startedAt: number;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the `occurrence`-th line (default the first) matching the pattern, written or coming. */
  untilLogged(pattern: RegExp, timeoutMs?: number, occurrence?: number): Promise<LoggedLine>;
  /** SIGTERM, and resolves when it has exited. */
  stop(): Promise<void>;
}

/** How `npm start` runs the built connector: Node's options and the entry file (absolute). */
export interface ConnectorCommand {
  nodeOptions: string[];
  entry: string;
}

/**
 * Read from the `start` script in package.json (`… && node <options> <entry>`), so that tests and
 * benchmarks run the connector exactly as `npm start` does.
 */
export function connectorCommand(repoRoot: string): ConnectorCommand {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const match = /(?:^|&& )node ((?:-\S+ (?:\S+ )?)*)(\S+\.js)$/.exec(manifest.scripts.start ?? '');
  if (!match) throw new Error("package.json's start script does not end in node <options> <file>.js");
  const resolve = (arg: string) => (/^\.{0,2}\/|^dist\//.test(arg) ? join(repoRoot, arg) : arg);
  return { nodeOptions: match[1]!.split(' ').filter(Boolean).map(resolve), entry: resolve(match[2]!) };
}

/** Starts the built connector as `npm start` does, with exactly `env` (and PATH), on a free loopback port, metrics off unless `env` sets METRICS_PORT. */
export async function startConnectorProcess(
  repoRoot: string,
  env: Readonly<Record<string, string>>,
): Promise<ConnectorProcess> {
  const port = await freeTcpPort();
  const startedAt = performance.now();
  const { nodeOptions, entry } = connectorCommand(repoRoot);
  const child = spawn(process.execPath, [...nodeOptions, entry], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? '',
      FASTIIP: '127.0.0.1',
      FASTIPORT: String(port),
      METRICS_PORT: 'off',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  guardAgainstOrphan(child);
  return watch(child, port, startedAt);
}

function watch(child: ChildProcess, port: number, startedAt: number): ConnectorProcess {
  const lines: LoggedLine[] = [];
  let partial = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    const at = performance.now();
    const parts = (partial + chunk.toString('utf8')).split('\n');
    partial = parts.pop()!;
    parts.forEach((text) => lines.push({ text, at }));
    listeners.forEach((listener) => listener());
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => listeners.forEach((listener) => listener()));
  const output = () => [...lines.map((line) => line.text), partial].join('\n');
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    pid: child.pid ?? 0,
    url: `http://127.0.0.1:${port}`,
    port,
    startedAt,
    output,
    untilLogged(pattern, timeoutMs = 30_000, occurrence = 1) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            finish(() =>
              reject(new Error(`the connector logged no ${pattern} in ${timeoutMs} ms:\n${output()}`)),
            ),
          timeoutMs,
        );
        const finish = (settle: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          settle();
        };
        const check = () => {
          const line = lines.filter((candidate) => pattern.test(candidate.text))[occurrence - 1];
          if (line) finish(() => resolve(line));
          else if (!running())
            finish(() => reject(new Error(`the connector exited before ${pattern}:\n${output()}`)));
        };
        listeners.add(check);
        check();
      });
    },
    async stop() {
      if (running()) child.kill('SIGTERM');
      await exited;
    },
  };
}
