import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { binaryOf } from './layout';
import { unpackArchive } from './unpack-archive';

/** A FreeSWITCH that can be started: its binaries, libraries and modules. */
export interface Installation {
  /** The installation's root (`-base`). */
  home: string;
  /** Where it came from, for log lines: the FREESWITCH_HOME folder or the archive. */
  origin: string;
}

export type Located = { found: true; installation: Installation } | { found: false; reason: string };

export interface LocateOptions {
  /** The checkout; the archive is looked for in `../shared/freeswitch/` beside it. */
  repoRoot: string;
  /** Where archives are unpacked, once per archive. */
  cacheDir: string;
  env?: Readonly<Record<string, string | undefined>>;
}

/** Where tests and benchmarks of a checkout unpack the archive and keep the test certificate. */
export function realFreeswitchCache(repoRoot: string): string {
  return join(repoRoot, 'node_modules', '.cache', 'fscon-realfs');
}

/**
 * Finds a FreeSWITCH for tests and benchmarks: the installation FREESWITCH_HOME names, or else the
 * archive FREESWITCH_ARCHIVE names or the one in `../shared/freeswitch/`, unpacked into the cache.
 * A FREESWITCH_HOME without `bin/freeswitch` is an error, not a reason to look elsewhere.
 */
export function locateFreeswitch(options: LocateOptions): Located {
  const env = options.env ?? process.env;
  const home = env.FREESWITCH_HOME;
  if (home) {
    if (!existsSync(binaryOf(home))) throw new Error(`FREESWITCH_HOME=${home} has no bin/freeswitch`);
    return { found: true, installation: { home: resolve(home), origin: `FREESWITCH_HOME=${home}` } };
  }
  const archive = env.FREESWITCH_ARCHIVE ?? sharedArchive(options.repoRoot);
  if (!archive) {
    return {
      found: false,
      reason: `no FreeSWITCH: FREESWITCH_HOME is not set and ${sharedFolder(options.repoRoot)} has no *.tar.zst`,
    };
  }
  return {
    found: true,
    installation: { home: unpackArchive(archive, options.cacheDir), origin: archive },
  };
}

function sharedFolder(repoRoot: string): string {
  return resolve(repoRoot, '..', 'shared', 'freeswitch');
}

function sharedArchive(repoRoot: string): string | undefined {
  const folder = sharedFolder(repoRoot);
  if (!existsSync(folder)) return undefined;
  const name = readdirSync(folder).find((file) => file.endsWith('.tar.zst'));
  return name ? join(folder, name) : undefined;
}
