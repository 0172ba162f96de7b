import { createServer, Server, Socket } from 'node:net';
import { FsCore } from '../core/fs-core';
import { ConnectionSettings, EslConnection } from './esl-connection';

const SHUTDOWN_NOTICE = 'The system is being shut down.\n';

/** The Event Socket listener: accepts clients on a TCP port and serves each with an EslConnection. */
export class EslServer {
  private readonly connections = new Set<EslConnection>();
  private readonly server: Server;
  private commandsHeld = false;

  private constructor(core: FsCore, settings: ConnectionSettings) {
    this.server = createServer({ allowHalfOpen: true }, (socket: Socket) => {
      const connection = new EslConnection(socket, core, settings, (closed) =>
        this.connections.delete(closed),
      );
      this.connections.add(connection);
      connection.holdCommands(this.commandsHeld);
    });
  }

  static listen(core: FsCore, settings: ConnectionSettings, host: string, port: number): Promise<EslServer> {
    const esl = new EslServer(core, settings);
    return new Promise((resolve, reject) => {
      esl.server.once('error', reject);
      esl.server.listen(port, host, () => {
        esl.server.off('error', reject);
        resolve(esl);
      });
    });
  }

  get port(): number {
    const address = this.server.address();
    return typeof address === 'object' && address ? address.port : 0;
  }

  /** Every connection, and each new one, leaves commands unread (true) until called with false. */
  holdCommands(held: boolean): void {
    this.commandsHeld = held;
    for (const connection of this.connections) connection.holdCommands(held);
  }

  /** Tells every client the system is shutting down and closes them; new clients are still accepted. */
  disconnectAll(): void {
    for (const connection of this.connections) connection.finish(SHUTDOWN_NOTICE);
  }

  /** Tells every client the system is shutting down, closes them and stops listening. */
  close(): Promise<void> {
    this.disconnectAll();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
