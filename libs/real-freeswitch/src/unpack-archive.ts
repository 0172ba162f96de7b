import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { binaryOf } from './layout';

/**
 * Unpacks a FreeSWITCH archive (`.tar.zst`, the installation's root at its top) into
 * `<cacheDir>/<digest of the archive>` unless it is there already, and returns that folder. Several
 * processes may do this at once: each unpacks into a folder of its own and the first rename wins.
 */
export function unpackArchive(archive: string, cacheDir: string): string {
  const digest = createHash('sha256').update(readFileSync(archive)).digest('hex').slice(0, 16);
  const target = join(cacheDir, digest);
  if (existsSync(binaryOf(target))) return target;
  mkdirSync(cacheDir, { recursive: true });
  const scratch = `${target}.${process.pid}.partial`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch);
  const tar = spawnSync('tar', ['--zstd', '-xf', archive, '-C', scratch], { encoding: 'utf8' });
  if (tar.status !== 0) {
    rmSync(scratch, { recursive: true, force: true });
    throw new Error(`could not unpack ${archive} (tar and zstd are needed): ${tar.stderr || tar.error}`);
  }
  try {
    renameSync(scratch, target);
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    if (!existsSync(binaryOf(target))) throw error;
  }
  if (!existsSync(binaryOf(target))) throw new Error(`${archive} holds no bin/freeswitch at its top`);
  return target;
}
