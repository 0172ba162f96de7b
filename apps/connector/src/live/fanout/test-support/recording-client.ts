import type { Context } from '@fscon/contracts';
import type { BatchedClient } from '../turn-batches';
import { messageOf, splitFrames } from './frame-payload';

/** A client that keeps what it was written: each write, the frames in them, their messages. */
export class RecordingClient implements BatchedClient {
  readonly writes: Buffer[] = [];
  constructor(readonly context: Context) {}

  write(bytes: Buffer): void {
    this.writes.push(bytes);
  }
  get frames(): Buffer[] {
    return this.writes.flatMap(splitFrames);
  }
  get messages(): Record<string, unknown>[] {
    return this.frames.map(messageOf);
  }
}

/** Resolves once the current turn of the event loop, and the writes it scheduled, are over. */
export const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
