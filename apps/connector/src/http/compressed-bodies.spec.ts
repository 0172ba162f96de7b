import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { CompressedBodies } from './compressed-bodies';

const body = (text: string) => Buffer.from(JSON.stringify({ users: Array(200).fill(text) }));

describe('CompressedBodies', () => {
  it('compresses a body in either coding to bytes that decode to it', async () => {
    const bodies = new CompressedBodies(4);
    const users = body('user20000');
    expect(brotliDecompressSync(await bodies.compressed(users, 'br')).equals(users)).toBe(true);
    expect(gunzipSync(await bodies.compressed(users, 'gzip')).equals(users)).toBe(true);
  });

  it('gives the kept bytes for the same content and its own for other content', async () => {
    const bodies = new CompressedBodies(4);
    const first = await bodies.compressed(body('user20000'), 'br');
    expect(await bodies.compressed(body('user20000'), 'br')).toBe(first);
    const other = await bodies.compressed(body('user20001'), 'br');
    expect(other).not.toBe(first);
    expect(brotliDecompressSync(other).equals(body('user20001'))).toBe(true);
  });

  it('keeps at most its capacity, dropping the least recently sent', async () => {
    const bodies = new CompressedBodies(2);
    const a = await bodies.compressed(body('a'), 'gzip');
    const firstB = await bodies.compressed(body('b'), 'gzip');
    expect(await bodies.compressed(body('a'), 'gzip')).toBe(a);
    await bodies.compressed(body('c'), 'gzip');
    expect(bodies.size()).toBe(2);
    expect(await bodies.compressed(body('a'), 'gzip')).toBe(a);
    const b = await bodies.compressed(body('b'), 'gzip');
    expect(b).not.toBe(firstB);
    expect(gunzipSync(b).equals(body('b'))).toBe(true);
    expect(bodies.size()).toBe(2);
  });
});
