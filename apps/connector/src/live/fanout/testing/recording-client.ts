import type { Context } from '@fscon/contracts';
import type { BatchedClient } from '../turn-batches';
import { messageOf } from './frame-payload';

/** The text frames in bytes written to a connection, each as built by textFrame. */
export function splitFrames(bytes: Buffer): Buffer[] {
  const frames: Buffer[] = [];
  for (let offset = 0; offset < bytes.length;) {
    const short = bytes[offset + 1]! & 0x7f;
    const header = short < 126 ? 2 : short === 126 ? 4 : 10;
    const length =
      short < 126
        ? short
        : short === 126
          ? bytes.readUInt16BE(offset + 2)
          : Number(bytes.readBigUInt64BE(offset + 2));
    frames.push(bytes.subarray(offset, offset + header + length));
    offset += header + length;
  }
  return frames;
}

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
