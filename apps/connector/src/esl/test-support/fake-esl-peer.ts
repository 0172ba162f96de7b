import type { Socket } from 'net';

/** One command a client sent: its first line and its `Name: value` headers. */
export interface ReceivedCommand {
  line: string;
  headers: Record<string, string>;
  peer: FakeEslPeer;
}

export class FakeEslPeer {
  /** Resolves when the connection is closed, from either side. */
  readonly closed: Promise<void>;

  constructor(private readonly socket: Socket) {
    this.closed = new Promise((resolve) => socket.once('close', () => resolve()));
  }

  send(...frames: Array<Buffer | string>): void {
    for (const frame of frames) {
      this.socket.write(frame);
    }
  }

  /** Sends the frames, then closes the connection. */
  sendAndClose(...frames: Array<Buffer | string>): void {
    this.send(...frames);
    this.socket.end();
  }

  get open(): boolean {
    return !this.socket.destroyed;
  }

  destroy(): void {
    this.socket.destroy();
  }
}
