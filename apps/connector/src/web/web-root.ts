import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Injection token of the folder with the built web client (index.html, assets/). */
export const WEB_ROOT = Symbol('WEB_ROOT');

/**
 * The checkout this code runs from: the first folder with package.json above `start`; the same
 * whether the connector runs from its sources (tests) or from dist/ (npm start, the demo).
 */
export function repositoryRoot(start: string = __dirname): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** `dist/web` of the checkout this code runs from. */
export function defaultWebRoot(start: string = __dirname): string {
  return join(repositoryRoot(start), 'dist', 'web');
}
