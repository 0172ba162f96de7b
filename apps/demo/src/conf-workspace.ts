import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The checkout this code runs from, whether from the sources or from dist/. */
function findRepoRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'etc-freeswitch', 'freeswitch.xml')) && dirname(dir) !== dir)
    dir = dirname(dir);
  return dir;
}

export const REPO_ROOT = findRepoRoot(__dirname);
export const SHIPPED_CONF = join(REPO_ROOT, 'etc-freeswitch');
export const DEMO_OVERLAY = join(REPO_ROOT, 'config', 'demo');
export const DEMO_EXTRA_OVERLAY = join(REPO_ROOT, 'config', 'demo-extra');

/** A private, writable copy of a FreeSWITCH configuration with folders for recordings and static files. */
export interface ConfWorkspace {
  root: string;
  confDir: string;
  recordingsDir: string;
  staticDir: string;
  remove(): void;
}

/**
 * Copies the shipped etc-freeswitch into a new folder and lays the overlays (same layout) on top,
 * so demos and tests never write into the repository's own configuration.
 */
export function createConfWorkspace(overlays: string[] = [DEMO_OVERLAY], root?: string): ConfWorkspace {
  const base = root ?? mkdtempSync(join(tmpdir(), 'fscon-'));
  const confDir = join(base, 'etc-freeswitch');
  const recordingsDir = join(base, 'recordings');
  const staticDir = join(base, 'static');
  rmSync(confDir, { recursive: true, force: true });
  cpSync(SHIPPED_CONF, confDir, { recursive: true });
  overlays.forEach((overlay) => cpSync(overlay, confDir, { recursive: true }));
  [recordingsDir, staticDir].forEach((dir) => mkdirSync(dir, { recursive: true }));
  return {
    root: base,
    confDir,
    recordingsDir,
    staticDir,
    remove: () => rmSync(base, { recursive: true, force: true }),
  };
}
