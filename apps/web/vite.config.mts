import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompress } from './precompress.mjs';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The web client: built into dist/web, which the connector serves at `/`. */
export default defineConfig({
  root: here('.'),
  base: '/',
  publicDir: false,
  resolve: { alias: { '@fscon/contracts': here('../../libs/contracts/src/index.ts') } },
  plugins: [precompress()],
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
});
