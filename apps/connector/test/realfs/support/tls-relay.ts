import { createServer, type Server, type Socket } from 'node:net';
import { connect } from 'node:tls';

/**
 * A loopback TCP port whose every connection is carried on over TLS to the switch's SIP TLS port, the
 * switch's certificate checked against the test CA: Debian's SIPp speaks no TLS itself, so SIPp talks
 * TCP to the relay and the switch sees a TLS client (whose address is the relay's side of it).
 */
export class TlsRelay {
  /** The local port of each TLS connection made so far, in order: the address the switch sees. */
  readonly tlsPorts: number[] = [];
  /** Why TLS connections failed (the handshake, a refused connection). */
  readonly errors: string[] = [];
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static start(switchTlsPort: number, ca: Buffer): Promise<TlsRelay> {
    const server = createServer();
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        const relay = new TlsRelay(server, typeof address === 'object' && address ? address.port : 0);
        server.on('connection', (plain) => relay.carry(plain, switchTlsPort, ca));
        resolve(relay);
      });
    });
  }

  close(): Promise<void> {
    this.sockets.forEach((socket) => socket.destroy());
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private carry(plain: Socket, switchTlsPort: number, ca: Buffer): void {
    const secure = connect({ host: '127.0.0.1', port: switchTlsPort, ca }, () => {
      this.tlsPorts.push(secure.localPort ?? 0);
    });
    [plain, secure].forEach((socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
    secure.on('error', (error) => {
      this.errors.push(error.message);
      plain.destroy();
    });
    plain.on('error', () => secure.destroy());
    plain.pipe(secure).pipe(plain);
  }
}
