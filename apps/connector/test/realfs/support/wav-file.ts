import { readFileSync, statSync } from 'node:fs';

/** The parts of a WAV file's header a recording is checked by. */
export interface WavHeader {
  riff: string;
  wave: string;
  /** The RIFF chunk's size: the file's size less 8 once the writer has closed it. */
  riffSize: number;
  channels: number;
  sampleRate: number;
}

export function readWavHeader(file: string): WavHeader {
  const bytes = readFileSync(file);
  return {
    riff: bytes.toString('ascii', 0, 4),
    wave: bytes.toString('ascii', 8, 12),
    riffSize: bytes.readUInt32LE(4),
    channels: bytes.readUInt16LE(22),
    sampleRate: bytes.readUInt32LE(24),
  };
}

export function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
