import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { DomainError } from '../common/domain-error';

/** A file as it was: its bytes and mode, or absent. */
export type FileSnapshot = { exists: true; data: Buffer; mode: number } | { exists: false };

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/**
 * FreeSWITCH's configuration folder, addressed by paths relative to it. Writes are atomic: the new
 * content goes to a temporary file in the same folder (a name FreeSWITCH's `*.xml` includes never
 * match), is flushed to disk, then renamed over the target, so a crash leaves the old file or the
 * new one, never part of one.
 */
export class ConfigFolder {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  /** The absolute path of `relative`; refuses anything that would lead out of the folder. */
  resolve(relative: string): string {
    const full = resolve(this.root, relative);
    if (!full.startsWith(this.root + sep)) {
      throw new DomainError('CONFIG.INVALID', `${relative} is outside FreeSWITCH's configuration folder`);
    }
    return full;
  }

  async snapshot(relative: string): Promise<FileSnapshot> {
    const full = this.resolve(relative);
    try {
      const [data, info] = await Promise.all([readFileBytes(full), stat(full)]);
      return { exists: true, data, mode: info.mode & 0o7777 };
    } catch (error) {
      if (isMissing(error)) return { exists: false };
      throw error;
    }
  }

  /**
   * Writes one file atomically. `deferFolderSync` leaves making the rename durable to a later
   * syncFolders call, so a batch of files costs one folder sync instead of one each.
   */
  async write(relative: string, data: string | Buffer, mode = 0o644, deferFolderSync = false): Promise<void> {
    const target = this.resolve(relative);
    const folder = dirname(target);
    await mkdir(folder, { recursive: true });
    const temp = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const handle = await open(temp, 'wx', mode);
      try {
        await handle.writeFile(data);
        await handle.chmod(mode);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    if (!deferFolderSync) await syncFolder(folder);
  }

  async remove(relative: string, deferFolderSync = false): Promise<void> {
    const target = this.resolve(relative);
    try {
      await unlink(target);
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    if (!deferFolderSync) await syncFolder(dirname(target));
  }

  /** Makes the renames and unlinks in the folders of these files durable. */
  async syncFolders(relatives: readonly string[]): Promise<void> {
    const folders = new Set(relatives.map((relative) => dirname(this.resolve(relative))));
    await Promise.all([...folders].map(syncFolder));
  }

  /** The `*.xml` files directly in a folder, as paths relative to the configuration folder. */
  async xmlFiles(relativeFolder: string): Promise<string[]> {
    try {
      const names = await readdir(this.resolve(relativeFolder));
      return names.filter((name) => name.endsWith('.xml')).map((name) => `${relativeFolder}/${name}`);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  }
}

async function readFileBytes(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Makes a rename or unlink in the folder durable; file systems that cannot sync a folder are let be. */
async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    return;
  } finally {
    await handle?.close();
  }
}
