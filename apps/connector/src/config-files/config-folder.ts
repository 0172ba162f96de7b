import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { BoundedTasks } from '../common/bounded-tasks';
import { DomainError } from '../common/domain-error';
import { isMissing, readFileBytes, syncFolder, tempFileName } from './durable-files';

/** A file as it was: its bytes and mode, or absent. */
export type FileSnapshot = { exists: true; data: Buffer; mode: number } | { exists: false };

/** How many files are read or written at once; the disk's flushes overlap instead of queueing. */
export const PARALLEL_FILES = 16;

/**
 * A folder addressed by paths relative to it (FreeSWITCH's configuration folder, or the static
 * folder). Writes are atomic: the new content goes to a temporary file in the same folder (a name
 * FreeSWITCH's `*.xml` includes never match), is flushed to disk, then renamed over the target, so a
 * crash leaves the old file or the new one, never part of one.
 */
export class ConfigFolder {
  readonly root: string;
  private frozen = false;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(root: string) {
    this.root = resolve(root);
  }

  /** The absolute path of `relative`; refuses anything that would lead out of the folder. */
  resolve(relative: string): string {
    const full = resolve(this.root, relative);
    if (!full.startsWith(this.root + sep)) {
      throw new DomainError('CONFIG.INVALID', `${relative} is outside the folder ${this.root}`);
    }
    return full;
  }

  /** Like resolve, for a folder: the folder itself (`.`) is allowed. */
  resolveFolder(relative: string): string {
    return relative === '.' ? this.root : this.resolve(relative);
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

  /** Snapshots of several files, read side by side. */
  async snapshots(relatives: readonly string[]): Promise<Map<string, FileSnapshot>> {
    const found = new Map<string, FileSnapshot>();
    const reads = new BoundedTasks(PARALLEL_FILES);
    for (const path of relatives)
      await reads.add(async () => void found.set(path, await this.snapshot(path)));
    await reads.drain();
    return found;
  }

  /**
   * Writes one file atomically. `deferFolderSync` leaves making the rename durable to a later
   * syncFolders call, so a batch of files costs one folder sync instead of one each.
   */
  write(relative: string, data: string | Buffer, mode = 0o644, deferFolderSync = false): Promise<void> {
    return this.change(async () => {
      const target = this.resolve(relative);
      const folder = dirname(target);
      await mkdir(folder, { recursive: true });
      const temp = join(folder, tempFileName(basename(target), randomBytes(6).toString('hex')));
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
    });
  }

  remove(relative: string, deferFolderSync = false): Promise<void> {
    return this.change(async () => {
      const target = this.resolve(relative);
      try {
        await unlink(target);
      } catch (error) {
        if (isMissing(error)) return;
        throw error;
      }
      if (!deferFolderSync) await syncFolder(dirname(target));
    });
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

  /**
   * From now on every write and remove through this object fails; resolves once those under way
   * have ended, so that nothing it started can land after whoever froze it.
   */
  async freeze(): Promise<void> {
    this.frozen = true;
    await Promise.allSettled([...this.inFlight]);
  }

  private change(work: () => Promise<void>): Promise<void> {
    if (this.frozen) return Promise.reject(new Error(`${this.root} is no longer written by this process`));
    const running = work().finally(() => this.inFlight.delete(running));
    this.inFlight.add(running);
    return running;
  }
}
