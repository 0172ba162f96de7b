import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Coding = 'br' | 'gzip';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** At the compression middleware's levels (Brotli quality 4, gzip's default). */
const COMPRESS: Record<Coding, (body: Buffer) => Promise<Buffer>> = {
  br: (body) => brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }),
  gzip: (body) => gzipAsync(body),
};

/**
 * Compressed bodies by their content: a body sent again (the same list of 3,000 users, until the
 * configuration changes) is compressed once. Keyed by a SHA-256 of the bytes, so a kept body is only
 * ever sent as the answer whose bytes it holds, whoever asked.
 */
export class CompressedBodies {
  private readonly kept = new Map<string, Buffer>();

  constructor(private readonly capacity: number) {}

  async compressed(body: Buffer, coding: Coding): Promise<Buffer> {
    const key = `${coding}:${createHash('sha256').update(body).digest('base64')}`;
    const hit = this.kept.get(key);
    if (hit !== undefined) {
      this.kept.delete(key);
      this.kept.set(key, hit);
      return hit;
    }
    const made = await COMPRESS[coding](body);
    this.kept.set(key, made);
    for (const oldest of this.kept.keys()) {
      if (this.kept.size <= this.capacity) break;
      this.kept.delete(oldest);
    }
    return made;
  }

  size(): number {
    return this.kept.size;
  }
}
