import { connect as connectTcp, createServer, type Socket } from 'node:net';
import { connect as connectTls } from 'node:tls';

/** A loopback TCP port whose every connection is carried on over a connection of its own upstream. */
export interface LoopbackRelay {
  readonly port: number;
  /** How many connections were made through it so far. */
  connections(): number;
  close(): Promise<void>;
}

export async function startLoopbackRelay(connectUpstream: () => Socket): Promise<LoopbackRelay> {
  let count = 0;
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  const server = createServer((client) => {
    count += 1;
    const upstream = connectUpstream();
    [client, upstream].forEach(track);
    client.pipe(upstream).pipe(client);
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
    close: () => {
      sockets.forEach((socket) => socket.destroy());
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A relay to a TCP port on 127.0.0.1. */
export function startTcpRelay(port: number): Promise<LoopbackRelay> {
  return startLoopbackRelay(() => connectTcp(port, '127.0.0.1'));
}

export interface TlsRelay extends LoopbackRelay {
  /** The local port of each TLS connection made so far, in order: the address the switch sees. */
  readonly tlsPorts: number[];
  /** Why TLS connections failed (the handshake, a refused connection). */
  readonly errors: string[];
}

/**
 * A relay that carries every connection on over TLS to the switch's SIP TLS port, the switch's
 * certificate checked against the test CA: Debian's SIPp speaks no TLS itself, so SIPp talks TCP to
 * the relay and the switch sees a TLS client (whose address is the relay's side of it).
 */
export async function startTlsRelay(switchTlsPort: number, ca: Buffer): Promise<TlsRelay> {
  const tlsPorts: number[] = [];
  const errors: string[] = [];
  const relay = await startLoopbackRelay(() => {
    const secure = connectTls({ host: '127.0.0.1', port: switchTlsPort, ca }, () => {
      tlsPorts.push(secure.localPort ?? 0);
    });
    secure.on('error', (error) => errors.push(error.message));
    return secure;
  });
  return { ...relay, tlsPorts, errors };
}
