import type { ClientEventMap, Context, User } from '@fscon/contracts';
import { WebSocket } from 'ws';
import type { LiveSubscriber } from '../fanout/delta-fanout';
import { encodeMessage } from '../fanout/frames';

/** Why the server ended a socket. */
export type LiveSocketEnd = 'not reading' | 'no pong';

/**
 * One client's WebSocket: what it may see (its user's context), what it is sent. Frames queue in the
 * socket's own buffer; when more than `maxQueuedBytes` wait unsent the client is not reading, and the
 * socket is destroyed at once (a close frame would only queue behind the rest), so that no other
 * client ever waits for it and its memory is freed.
 */
export class LiveSocket implements LiveSubscriber {
  private answeredPing = true;

  constructor(
    private readonly socket: WebSocket,
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

  /** Sends an encoded text frame (the same bytes as for every other socket of the context). */
  sendFrame(frame: Buffer): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    this.socket.send(frame, { binary: false });
    if (this.socket.bufferedAmount > this.maxQueuedBytes) this.end('not reading');
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
