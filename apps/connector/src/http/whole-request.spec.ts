import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import express, { type ErrorRequestHandler } from 'express';
import { DomainError } from '../common/domain-error';
import { BODY_LIMIT_BYTES } from './body-parsers';
import { wholeRequestFirst } from './whole-request';

describe('wholeRequestFirst', () => {
  const ran: string[] = [];
  let server: ReturnType<ReturnType<typeof express>['listen']>;
  let port: number;

  beforeAll(async () => {
    const app = express();
    app.use(wholeRequestFirst());
    app.all('/{*path}', (request, response) => {
      ran.push(`${request.method} ${request.path}`);
      response.json({ ran: true });
    });
    const answerErrors: ErrorRequestHandler = (error: DomainError, _request, response, _next) => {
      response.status(error.code === 'BODY.TOO_LARGE' ? 413 : 500).json({ error: error.message });
    };
    app.use(answerErrors);
    server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => server.close());
  beforeEach(() => (ran.length = 0));

  /** Sends raw bytes, half-closes when `end` says so, and gives what came back once the socket closes. */
  async function exchange(head: string, body: Buffer | string = '', end = true): Promise<string> {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    await once(socket, 'connect');
    socket.write(head);
    socket.write(body);
    if (end) socket.end();
    else setTimeout(() => socket.end(), 200);
    await once(socket, 'close');
    return Buffer.concat(chunks).toString('latin1');
  }

  it('runs a request without a body at once', async () => {
    const answer = await exchange('GET /plain HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(ran).toEqual(['GET /plain']);
  });

  it('reads and drops a body nothing parsed, then runs the route', async () => {
    const answer = await exchange(
      'GET /with-body HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n',
      '5\r\nhello\r\n0\r\n\r\n',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(ran).toEqual(['GET /with-body']);
  });

  it('runs nothing for a request cut off before the body it announced', async () => {
    await exchange('GET /api/restore/directory HTTP/1.1\r\nHost: x\r\nContent-Length: 147\r\n\r\n');
    await exchange('GET /polycom/languages/x HTTP/1.1\r\nHost: x\r\nContent-Length: 4117\r\n\r\n', 'part');
    expect(ran).toEqual([]);
  });

  it('answers 413 past the body limit without running the route', async () => {
    const size = BODY_LIMIT_BYTES + 64 * 1024;
    const answer = await exchange(
      `POST /big HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\nContent-Length: ${size}\r\nConnection: close\r\n\r\n`,
      Buffer.alloc(size),
    );
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    expect(answer).toContain('limit of 1048576 bytes');
    expect(ran).toEqual([]);
  });

  it('leaves a phone upload for its route to read', async () => {
    const answer = await exchange(
      'PUT /polycom/0004f2000001-app.log HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nConnection: close\r\n\r\n',
      'logs',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(ran).toEqual(['PUT /polycom/0004f2000001-app.log']);
  });
});
