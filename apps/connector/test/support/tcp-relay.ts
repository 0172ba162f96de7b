import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A loopback TCP relay. It counts the connections made through it and can hold back what the server
 * sends, as a server that stops answering would.
 */
export interface TcpRelay {
  port: number;
  connections(): number;
  /** From the next client chunk containing `text` on, nothing more reaches the clients until release. */
  stallAfterClientSends(text: string): void;
  /** Whether a stall has begun. */
  stalled(): boolean;
  /** Hands on everything held back and relays normally again. */
  release(): void;
  close(): Promise<void>;
}

/** A relay to a TCP port on 127.0.0.1. */
export function startTcpRelay(targetPort: number): Promise<TcpRelay> {
  return startRelay(() => connect(targetPort, '127.0.0.1'));
}

/** A relay whose every connection is carried on over a connection of its own upstream. */
export async function startRelay(connectUpstream: () => Socket): Promise<TcpRelay> {
  let count = 0;
  let trigger: string | undefined;
  let stalled = false;
  const held: { client: Socket; chunk: Buffer }[] = [];
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  const server: Server = createServer((client) => {
    count += 1;
    const upstream = connectUpstream();
    [client, upstream].forEach(track);
    client.on('data', (chunk) => {
      upstream.write(chunk);
      if (trigger !== undefined && chunk.toString('latin1').includes(trigger)) stalled = true;
    });
    upstream.on('data', (chunk) => (stalled ? held.push({ client, chunk }) : client.write(chunk)));
    client.on('end', () => upstream.end());
    upstream.on('end', () => client.end());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    connections: () => count,
    stallAfterClientSends: (text) => (trigger = text),
    stalled: () => stalled,
    release() {
      trigger = undefined;
      stalled = false;
      held.splice(0).forEach(({ client, chunk }) => client.write(chunk));
    },
    close: () => {
      sockets.forEach((socket) => socket.destroy());
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
