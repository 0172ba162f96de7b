import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freeTcpPort } from './free-ports';
import { guardAgainstOrphan } from './orphan-guard';

/** The built connector (`dist/`) as its own process, started the way `npm start` starts it. */
export interface ConnectorProcess {
  readonly pid: number;
  /** http://127.0.0.1:<port> */
  readonly url: string;
  readonly port: number;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the first output line matching the pattern (already written or coming). */
  untilLogged(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** SIGTERM, and resolves when it has exited. */
  stop(): Promise<void>;
}

/**
 * Node's options for the connector, read from the `start` script in package.json so that tests and
 * benchmarks run it as `npm start` does: everything between `node` and the entry file.
 */
export function connectorNodeOptions(repoRoot: string): string[] {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const match = /(?:^|&& )node (.*) dist\/apps\/connector\/src\/main\.js$/.exec(manifest.scripts.start ?? '');
  if (!match)
    throw new Error("package.json's start script does not run node … dist/apps/connector/src/main.js");
  return match[1]!.split(/\s+/).map((option) => (option.startsWith('./') ? join(repoRoot, option) : option));
}

/** Starts dist/apps/connector/src/main.js with exactly `env` (and PATH) on a free loopback port. */
export async function startConnectorProcess(
  repoRoot: string,
  env: Readonly<Record<string, string>>,
): Promise<ConnectorProcess> {
  const port = await freeTcpPort();
  const child = spawn(
    process.execPath,
    [...connectorNodeOptions(repoRoot), join(repoRoot, 'dist', 'apps', 'connector', 'src', 'main.js')],
    {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', FASTIIP: '127.0.0.1', FASTIPORT: String(port), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  guardAgainstOrphan(child);
  return watch(child, port);
}

function watch(child: ChildProcess, port: number): ConnectorProcess {
  let output = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    listeners.forEach((listener) => listener());
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => listeners.forEach((listener) => listener()));
  return {
    pid: child.pid ?? 0,
    url: `http://127.0.0.1:${port}`,
    port,
    output: () => output,
    untilLogged(pattern, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const line = output.split('\n').find((candidate) => pattern.test(candidate));
          if (line !== undefined) return finish(() => resolve(line));
          if (child.exitCode !== null || child.signalCode !== null) {
            finish(() => reject(new Error(`the connector exited before logging ${pattern}:\n${output}`)));
          }
        };
        const timer = setTimeout(
          () =>
            finish(() =>
              reject(new Error(`the connector did not log ${pattern} within ${timeoutMs} ms:\n${output}`)),
            ),
          timeoutMs,
        );
        const finish = (settle: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          settle();
        };
        listeners.add(check);
        check();
      });
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
