import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const HEADER_BYTES = 44;

/** A 16-bit PCM mono WAV header for `samples` samples at `rate`. */
function wavHeader(rate: number, samples: number): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  const dataBytes = samples * 2;
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(dataBytes, 40);
  return header;
}

/** Writes a silent mono WAV of `samples` samples at `rate` Hz (folders created); returns its size in bytes. */
export function writeSilentWav(path: string, rate: number, samples: number): number {
  mkdirSync(dirname(path), { recursive: true });
  const file = Buffer.concat([wavHeader(rate, samples), Buffer.alloc(samples * 2)]);
  writeFileSync(path, file);
  return file.length;
}
