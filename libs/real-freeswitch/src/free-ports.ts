import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';

/** A loopback TCP port nobody listens on right now. */
export function freeTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Whether nothing is bound to this UDP port on loopback now. */
export function udpPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    // a socket that could not bind is still open: close it, or it keeps the process alive
    socket.once('error', () => socket.close(() => resolve(false)));
    socket.bind(port, '127.0.0.1', () => socket.close(() => resolve(true)));
  });
}

/** A loopback port free for both TCP and UDP, as SIP listens on both. */
export async function freeSipPort(): Promise<number> {
  for (;;) {
    const port = await freeTcpPort();
    if (await udpPortFree(port)) return port;
  }
}

/**
 * A range of UDP ports for RTP below Linux's ephemeral ports (32768 and up), at an even start chosen
 * at random so that switches started side by side rarely share one; a few of its ports are free now.
 */
export async function freeRtpRange(size: number): Promise<{ start: number; end: number }> {
  for (;;) {
    const start = 20000 + 2 * Math.floor((Math.random() * (12000 - size)) / 2);
    const probes = [start, start + 2, start + size - 2];
    const free = await Promise.all(probes.map(udpPortFree));
    if (free.every(Boolean)) return { start, end: start + size - 1 };
  }
}
