import type { Duplex } from 'node:stream';
import type { ClientEventMap, Context, User } from '@fscon/contracts';
import { WebSocket } from 'ws';
import { encodeMessage } from '../fanout/frames';
import type { BatchedClient, TurnBatches } from '../fanout/turn-batches';

/** Why the server ended a socket. */
export type LiveSocketEnd = 'not reading' | 'no pong';

/**
 * One client's WebSocket: what it may see (its user's context), what it is sent. Frames are built once
 * for all sockets (see textFrame) and written to the connection as they are, the frames of one turn of
 * the event loop in one write (see TurnBatches); ws itself only pings and closes, and with compression
 * off it writes those control frames straight to the connection, between whole frames of ours. When
 * more than `maxQueuedBytes` wait unsent after a write, the client is not reading, and the socket is
 * destroyed at once (a close frame would only queue behind the rest), so that no other client ever
 * waits for it and its memory is freed.
 */
export class LiveSocket implements BatchedClient {
  private answeredPing = true;

  /** `connection`: the socket the WebSocket runs on (the upgraded HTTP connection). */
  constructor(
    private readonly socket: WebSocket,
    private readonly connection: Duplex,
    readonly user: User,
    private readonly batches: TurnBatches,
    private readonly maxQueuedBytes: number,
    private readonly ended: (socket: LiveSocket, why: LiveSocketEnd) => void,
  ) {
    socket.on('pong', () => {
      this.answeredPing = true;
    });
  }

  get context(): Context {
    return this.user.context;
  }

  /** Sends a message built from the protocol's map of server messages. */
  send<K extends keyof ClientEventMap>(event: K, body: ClientEventMap[K]): void {
    this.sendFrame(encodeMessage(event, body));
  }

  /** Sends a complete text frame to this socket alone, after every frame it was sent before. */
  sendFrame(frame: Buffer): void {
    this.batches.sendTo(this, frame);
  }

  /** Writes the frames of a turn; ends the socket when too many bytes wait unsent. */
  write(bytes: Buffer): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    this.connection.write(bytes);
    if (this.connection.writableLength > this.maxQueuedBytes) this.end('not reading');
  }

  /** Pings, or ends the socket when the previous ping got no answer. */
  ping(): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    if (!this.answeredPing) {
      this.end('no pong');
      return;
    }
    this.answeredPing = false;
    this.socket.ping();
  }

  /** Closes the socket with a close frame (server shutdown: 1001 going away). */
  close(code: number, reason: string): void {
    this.socket.close(code, reason);
  }

  private end(why: LiveSocketEnd): void {
    this.socket.terminate();
    this.ended(this, why);
  }
}
