import { chooseCoding, PRECOMPRESSED, type Precompressed } from './content-coding';

const both = PRECOMPRESSED;
const gzipOnly = PRECOMPRESSED.filter(({ coding }) => coding === 'gzip');
const chosen = (header: string | undefined, available: readonly Precompressed[] = both) =>
  chooseCoding(header, available)?.coding;

describe('chooseCoding', () => {
  it('sends the file itself without Accept-Encoding or without a precompressed copy', () => {
    expect(chosen(undefined)).toBeUndefined();
    expect(chosen('gzip, br', [])).toBeUndefined();
    expect(chosen('')).toBeUndefined();
  });

  it('prefers Brotli when the browser takes both equally, whatever their order', () => {
    expect(chosen('gzip, deflate, br, zstd')).toBe('br');
    expect(chosen('br, gzip')).toBe('br');
    expect(chosen('*')).toBe('br');
  });

  it('follows the q-values', () => {
    expect(chosen('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(chosen('br;q=0, gzip')).toBe('gzip');
    expect(chosen('br;q=0, gzip;q=0')).toBeUndefined();
    expect(chosen('gzip;q=0.5, identity')).toBeUndefined();
    expect(chosen('identity;q=0.1, gzip;q=0.2')).toBe('gzip');
    expect(chosen('*;q=0.3, br;q=0')).toBe('gzip');
    expect(chosen('GZIP; Q=1')).toBe('gzip');
    expect(chosen('x-gzip')).toBe('gzip');
  });

  it('takes what is there', () => {
    expect(chosen('br, gzip', gzipOnly)).toBe('gzip');
    expect(chosen('br', gzipOnly)).toBeUndefined();
    expect(chosen('deflate')).toBeUndefined();
  });

  it('reads a broken q-value as 0', () => {
    expect(chosen('br;q=abc, gzip')).toBe('gzip');
  });
});
