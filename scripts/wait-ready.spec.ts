import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const SCRIPT = join(__dirname, 'wait-ready.sh');

/** Runs wait-ready.sh against the connector's variables pointing at `port` over plain HTTP. */
function waitReady(
  port: number,
  seconds: string,
): Promise<{ status: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(SCRIPT, [seconds], {
      env: {
        ...process.env,
        FASTIIP: '0.0.0.0',
        FASTIPORT: String(port),
        FASTICERT: '/nonexistent',
        FASTIKEY: '/nonexistent',
      },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('close', (status) => resolve({ status, out, err }));
  });
}

describe('wait-ready.sh', () => {
  let server: Server;
  /** The connector stand-in answers 200 from this question on. */
  let readyFrom: number;
  let asked: number;
  beforeEach(async () => {
    asked = 0;
    server = createServer((request, response) => {
      if (request.url !== '/readyz') return response.writeHead(404).end();
      asked++;
      if (asked >= readyFrom) return response.writeHead(200).end('{"ready":true,"reasons":[]}');
      response.writeHead(503).end('{"ready":false,"reasons":["FreeSWITCH is not connected"]}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const port = () => (server.address() as AddressInfo).port;

  it('asks GET /readyz on the loopback address until it answers 200', async () => {
    readyFrom = 3;
    const result = await waitReady(port(), '60');
    expect(result.status).toBe(0);
    expect(result.out).toBe(`fscon is ready (http://127.0.0.1:${port()}/readyz)\n`);
    expect(asked).toBe(3);
  });

  it('gives up after the seconds given, with the last answer', async () => {
    readyFrom = Infinity;
    const result = await waitReady(port(), '1');
    expect(result.status).toBe(1);
    expect(result.err).toContain(`fscon is not ready after 1s (http://127.0.0.1:${port()}/readyz)`);
    expect(result.err).toContain('FreeSWITCH is not connected');
  });
});
