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

/**
 * The loudest sample (0…1) of a 16-bit mono PCM WAV file between two moments, in seconds from its
 * start: whether something was heard then.
 */
export function peakAmplitude(file: string, fromSeconds = 0, toSeconds = Number.POSITIVE_INFINITY): number {
  const bytes = readFileSync(file);
  const { sampleRate } = readWavHeader(file);
  let offset = 12;
  while (offset + 8 <= bytes.length && bytes.toString('ascii', offset, offset + 4) !== 'data') {
    offset += 8 + bytes.readUInt32LE(offset + 4);
  }
  const start = offset + 8;
  const samples = Math.floor((bytes.length - start) / 2);
  const first = Math.max(0, Math.floor(fromSeconds * sampleRate));
  const last = Math.min(samples, Math.ceil(toSeconds * sampleRate));
  let peak = 0;
  for (let index = first; index < last; index++) {
    peak = Math.max(peak, Math.abs(bytes.readInt16LE(start + index * 2)));
  }
  return peak / 32768;
}
