import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..', '..', '..');

export interface BuildStep {
  /** For messages and the lock folder's name. */
  name: string;
  /** A file the build writes; the build is fresh while it is newer than every source. */
  output: string;
  sources: readonly string[];
  /** Arguments to node, run in the repository's root. */
  nodeArgs: readonly string[];
}

/**
 * Runs the build step unless its output is newer than every source file. A lock folder keeps test
 * workers that start at once from building together.
 */
export function ensureBuilt(step: BuildStep): void {
  const lock = join(REPO_ROOT, 'dist', `.${step.name}-build.lock`);
  mkdirSync(join(REPO_ROOT, 'dist'), { recursive: true });
  for (;;) {
    if (isFresh(step)) return;
    try {
      mkdirSync(lock);
    } catch {
      waitForLock(lock);
      continue;
    }
    try {
      if (isFresh(step)) return;
      const build = spawnSync(process.execPath, step.nodeArgs, {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        // Jest sets NODE_ENV=test, which would give React's development build.
        env: { ...process.env, NODE_ENV: 'production' },
      });
      if (build.status !== 0) throw new Error(`${step.name} build failed:\n${build.stdout}\n${build.stderr}`);
      return;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

function isFresh(step: BuildStep): boolean {
  return existsSync(step.output) && statSync(step.output).mtimeMs >= Math.max(...step.sources.map(newestIn));
}

function newestIn(path: string): number {
  if (!statSync(path).isDirectory()) return statSync(path).mtimeMs;
  return readdirSync(path, { withFileTypes: true }).reduce(
    (newest, entry) => Math.max(newest, newestIn(join(path, entry.name))),
    0,
  );
}

/** Waits while another worker builds; a lock older than two minutes is left over from a crash. */
function waitForLock(lock: string): void {
  const started = Date.now();
  while (existsSync(lock)) {
    if (Date.now() - statSync(lock).mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
    if (Date.now() - started > 180_000) throw new Error(`${lock} is held for too long`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  }
}

/** The web client in dist/web. */
export function ensureWebClientBuilt(): void {
  ensureBuilt({
    name: 'web',
    output: join(REPO_ROOT, 'dist', 'web', 'index.html'),
    sources: [join(REPO_ROOT, 'apps', 'web'), join(REPO_ROOT, 'libs', 'contracts', 'src')],
    nodeArgs: [
      join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      'apps/web',
      '--logLevel',
      'warn',
    ],
  });
}

/** The connector, libraries and benchmarks in dist/ and the bundle dist/connector.js, as `npm run build` makes them. */
export function ensureConnectorBuilt(): void {
  ensureBuilt({
    name: 'connector',
    output: join(REPO_ROOT, 'dist', 'connector.js'),
    sources: [
      join(REPO_ROOT, 'apps', 'connector', 'src'),
      join(REPO_ROOT, 'libs'),
      join(REPO_ROOT, 'tsconfig.json'),
      join(REPO_ROOT, 'tsconfig.build.json'),
      join(REPO_ROOT, 'scripts', 'build-connector.mjs'),
      join(REPO_ROOT, 'package-lock.json'),
    ],
    nodeArgs: [join(REPO_ROOT, 'scripts', 'build-connector.mjs')],
  });
}
