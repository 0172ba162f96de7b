import type { Duplex } from 'node:stream';
import type { ClientEventMap, Context, User } from '@fscon/contracts';
import { WebSocket } from 'ws';
import type { LiveSubscriber } from '../fanout/delta-fanout';
import { encodeMessage } from '../fanout/frames';

/** Why the server ended a socket. */
export type LiveSocketEnd = 'not reading' | 'no pong';

/**
 * One client's WebSocket: what it may see (its user's context), what it is sent. Frames are built once
 * for all sockets (see textFrame) and written to the connection as they are; ws itself only pings and
 * closes, and with compression off it writes those straight to the connection too, so the order holds.
 * The frames of one turn of the event loop (all the deltas of one chunk of Event Socket data) leave in
 * one write, not one system call each. When more than `maxQueuedBytes` wait unsent after a turn, the
 * client is not reading, and the socket is destroyed at once (a close frame would only queue behind
 * the rest), so that no other client ever waits for it and its memory is freed.
 */
export class LiveSocket implements LiveSubscriber {
  private answeredPing = true;
  private corked = false;

  /** `connection`: the socket the WebSocket runs on (the upgraded HTTP connection). */
  constructor(
    private readonly socket: WebSocket,
    private readonly connection: Duplex,
    readonly user: User,
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

  /** Sends a complete text frame (the same bytes as for every other socket of the context). */
  sendFrame(frame: Buffer): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    if (!this.corked) {
      this.corked = true;
      this.connection.cork();
      process.nextTick(this.flush);
    }
    this.connection.write(frame);
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

  private readonly flush = (): void => {
    this.corked = false;
    this.connection.uncork();
    if (this.connection.writableLength > this.maxQueuedBytes) this.end('not reading');
  };

  private end(why: LiveSocketEnd): void {
    this.socket.terminate();
    this.ended(this, why);
  }
}
