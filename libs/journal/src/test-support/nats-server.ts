import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real nats-server with JetStream on a loopback port, its store in a temporary folder. */
export interface NatsServer {
  readonly url: string;
  /** Stops the server, keeping its store; SIGKILL stops it without a chance to write anything more. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  /** Starts it again on the same port and store. */
  start(): Promise<void>;
  /** Stops it and deletes its store. */
  remove(): Promise<void>;
}

const NOT_INSTALLED =
  'nats-server is not installed; the JetStream journal tests need a real one (Debian: apt-get install nats-server)';

/** A loopback port free at the moment of asking. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

export async function startNatsServer(): Promise<NatsServer> {
  if (spawnSync('nats-server', ['--version']).error !== undefined) throw new Error(NOT_INSTALLED);
  const port = await freePort();
  const store = mkdtempSync(join(tmpdir(), 'fscon-nats-'));
  let child: ChildProcess | undefined;
  const server: NatsServer = {
    url: `nats://127.0.0.1:${port}`,
    async start() {
      const started = spawn('nats-server', ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', store], {
        stdio: 'ignore',
      });
      child = started;
      while (!(await listening(port))) {
        if (started.exitCode !== null) throw new Error(`nats-server exited with ${started.exitCode}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop(signal = 'SIGTERM') {
      const running = child;
      child = undefined;
      if (running === undefined || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill(signal);
      await exited;
    },
    async remove() {
      await server.stop();
      rmSync(store, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}
