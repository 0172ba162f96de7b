import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = new Set(['.js', '.css', '.html', '.svg', '.json']);
/** Below this a file fits in a packet or two: compressing it saves next to nothing. */
const MIN_BYTES = 1024;

const ENCODERS: Record<string, (bytes: Buffer) => Buffer> = {
  br: (bytes) =>
    brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  gz: (bytes) => gzipSync(bytes, { level: 9 }),
};

/**
 * Writes a Brotli (.br) and a gzip (.gz) copy beside every text file of the build, once, at the
 * highest levels: the connector sends them to browsers that take them instead of compressing on
 * every request.
 */
export function precompress(): Plugin {
  return {
    name: 'fscon-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const folder = options.dir!;
      for (const name of Object.keys(bundle)) {
        const file = join(folder, name);
        if (!COMPRESSIBLE.has(extname(name)) || statSync(file).size < MIN_BYTES) continue;
        const bytes = readFileSync(file);
        for (const [suffix, encode] of Object.entries(ENCODERS))
          writeFileSync(`${file}.${suffix}`, encode(bytes));
      }
    },
  };
}
