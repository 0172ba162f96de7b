import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CONTEXTS } from '@fscon/contracts';

/** A seeded generator of numbers in [0, 1) (mulberry32): the same seed, the same kill points. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** The seed of this run: FSCON_CRASH_SEED when set (to repeat a run), else a new one. */
export function crashSeed(): number {
  const given = Number(process.env.FSCON_CRASH_SEED);
  return Number.isInteger(given) && given > 0 ? given : 1 + Math.floor(Math.random() * 2 ** 31);
}

/** Resolves once `path` exists, looking every millisecond; rejects after `timeoutMs`. */
export async function untilExists(path: string, timeoutMs = 10_000): Promise<number> {
  const started = performance.now();
  while (!existsSync(path)) {
    if (performance.now() - started > timeoutMs) throw new Error(`${path} did not appear in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  return performance.now();
}

/** Resolves once `path` is gone, looking every millisecond. */
export async function untilGone(path: string): Promise<number> {
  while (existsSync(path)) await new Promise((resolve) => setTimeout(resolve, 1));
  return performance.now();
}

/** Every file and folder below `root` that looks like unfinished work: `*.tmp`, `.fscon-*`. */
export function workFilesBelow(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (/\.tmp$|^\.fscon-/.test(entry.name)) found.push(relative(root, path));
      else if (entry.isDirectory()) walk(path);
    }
  };
  walk(root);
  return found;
}

/** The user ids the configuration folder holds files for, sorted. */
export function userIdsInFolder(confDir: string): string[] {
  return CONTEXTS.flatMap((context) => {
    const folder = join(confDir, 'directory', context);
    return existsSync(folder) ? readdirSync(folder).filter((name) => /^\d+\.xml$/.test(name)) : [];
  })
    .map((name) => name.replace(/\.xml$/, ''))
    .sort();
}
