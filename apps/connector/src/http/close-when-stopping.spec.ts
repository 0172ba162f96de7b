import { Agent, createServer, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeConnectionsWhenStopping } from './close-when-stopping';

describe('closeConnectionsWhenStopping', () => {
  it('given a keep-alive client waiting for an answer when the server closes, ends its connection after the answer', async () => {
    let arrived: (response: ServerResponse) => void = () => undefined;
    const waiting = new Promise<ServerResponse>((resolve) => (arrived = resolve));
    const server = createServer((_request, response) => arrived(response));
    server.keepAliveTimeout = 0;
    closeConnectionsWhenStopping(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const agent = new Agent({ keepAlive: true });
    const { port } = server.address() as AddressInfo;
    const answered = new Promise<void>((resolve) =>
      request({ port, host: '127.0.0.1', agent }, (response) => response.resume().on('end', resolve)).end(),
    );
    const response = await waiting;

    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    response.end('done');

    await answered;
    await closed;
    agent.destroy();
  });
});
