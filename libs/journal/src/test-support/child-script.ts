import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { TempFolder } from './journal-files';

/** The node_modules a bundled child script finds better-sqlite3 in. */
export const CHILD_NODE_PATH = join(__dirname, '..', '..', '..', '..', 'node_modules');

/** Bundles test-support/NAME.ts into the folder as one script a child node process runs; returns its path. */
export function bundleChildScript(name: string, folder: TempFolder): string {
  const outfile = folder.file(`${name}.js`);
  buildSync({
    entryPoints: [join(__dirname, `${name}.ts`)],
    bundle: true,
    platform: 'node',
    external: ['better-sqlite3'],
    outfile,
    logLevel: 'error',
  });
  return outfile;
}
