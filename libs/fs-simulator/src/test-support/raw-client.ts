import { connect, Socket } from 'node:net';
import { Frame, splitFrames } from './frames';

/** A bare TCP client that records every byte it receives, for comparing with the captures. */
export class RawClient {
  private bytes = Buffer.alloc(0);
  private closed = false;
  private readonly waiters = new Set<() => void>();

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.bytes = Buffer.concat([this.bytes, chunk]);
      this.notify();
    });
    socket.on('close', () => {
      this.closed = true;
      this.notify();
    });
    socket.on('error', () => undefined);
  }

  static connect(port: number, host = '127.0.0.1'): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, host, () => resolve(new RawClient(socket)));
      socket.once('error', reject);
    });
  }

  get received(): Buffer {
    return this.bytes;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  frames(): Frame[] {
    return splitFrames(this.bytes);
  }

  send(data: string | Buffer): void {
    this.socket.write(data);
  }

  end(): void {
    this.socket.end();
  }

  destroy(): void {
    this.socket.destroy();
  }

  /** Resolves once `check` holds for the frames received; rejects if the socket closes first. */
  until(check: (frames: Frame[]) => boolean, what = 'the expected frames'): Promise<Frame[]> {
    return new Promise((resolve, reject) => {
      const test = (): void => {
        const frames = this.frames();
        if (check(frames)) {
          this.waiters.delete(test);
          resolve(frames);
        } else if (this.closed) {
          this.waiters.delete(test);
          reject(new Error(`connection closed before ${what}; received:\n${this.bytes.toString()}`));
        }
      };
      this.waiters.add(test);
      test();
    });
  }

  untilClosed(): Promise<void> {
    return new Promise((resolve) => {
      const test = (): void => {
        if (!this.closed) return;
        this.waiters.delete(test);
        resolve();
      };
      this.waiters.add(test);
      test();
    });
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
