import { randomBytes } from 'node:crypto';
import { appendFile, mkdir, open, readdir, readFile, rename, rm, rmdir, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DomainError } from '../common/domain-error';
import { ProvisioningFileStore } from './provisioning-file-store.port';
import { TEMP_FILE, tempFileName } from '../config-files/durable-files';

/** Provisioning files hold SIP passwords: readable by the connector's user and group only. */
const FILE_MODE = 0o640;

/** Checked by shape: errors of Node's own modules need not be instances of this realm's Error. */
function isNodeError(error: unknown, ...codes: string[]): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && codes.includes(code);
}

/** The provisioning files on disk, below `root`. */
export class FsProvisioningFileStore extends ProvisioningFileStore {
  constructor(private readonly root: string) {
    super();
  }

  async assertAvailable(): Promise<void> {
    const isFolder = await stat(this.root).then(
      (info) => info.isDirectory(),
      () => false,
    );
    if (!isFolder) {
      throw new DomainError(
        'PROVISIONING.NOT_READY',
        `the static folder ${this.root} (STATICPATH) does not exist, so no provisioning files are written`,
      );
    }
  }

  async read(path: string): Promise<string | undefined> {
    try {
      return await readFile(this.resolve(path), 'utf8');
    } catch (error) {
      if (isNodeError(error, 'ENOENT', 'ENOTDIR')) return undefined;
      throw error;
    }
  }

  async size(path: string): Promise<number | undefined> {
    try {
      const info = await stat(this.resolve(path));
      return info.isFile() ? info.size : undefined;
    } catch (error) {
      if (isNodeError(error, 'ENOENT', 'ENOTDIR')) return undefined;
      throw error;
    }
  }

  /** Temporary file in the same folder, fsync, rename: a crash leaves the old file or the new one. */
  async write(path: string, content: string | Buffer): Promise<void> {
    const target = this.resolve(path);
    await mkdir(dirname(target), { recursive: true });
    const temp = join(dirname(target), tempFileName(basename(target), randomBytes(6).toString('hex')));
    const handle = await open(temp, 'wx', FILE_MODE);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  async append(path: string, content: Buffer): Promise<void> {
    const target = this.resolve(path);
    await mkdir(dirname(target), { recursive: true });
    await appendFile(target, content, { mode: FILE_MODE });
  }

  async rename(from: string, to: string): Promise<void> {
    await rename(this.resolve(from), this.resolve(to));
  }

  async remove(path: string): Promise<boolean> {
    try {
      await rm(this.resolve(path));
      return true;
    } catch (error) {
      if (isNodeError(error, 'ENOENT', 'ENOTDIR')) return false;
      throw error;
    }
  }

  async removeFolderIfEmpty(folder: string): Promise<boolean> {
    try {
      await rmdir(this.resolve(folder));
      return true;
    } catch (error) {
      if (isNodeError(error, 'ENOENT', 'ENOTDIR', 'ENOTEMPTY', 'EEXIST')) return false;
      throw error;
    }
  }

  async removeLeftovers(folder: string, olderThanMs: number): Promise<string[]> {
    const names = await this.entries(folder, (entry) => entry.isFile() && TEMP_FILE.test(entry.name));
    const removed: string[] = [];
    for (const name of names) {
      const path = `${folder}/${name}`;
      const info = await stat(this.resolve(path)).catch(() => undefined);
      if (info === undefined || Date.now() - info.mtimeMs <= olderThanMs) continue;
      if (await this.remove(path)) removed.push(path);
    }
    return removed;
  }

  async folders(folder: string): Promise<string[]> {
    return this.entries(folder, (entry) => entry.isDirectory());
  }

  private async entries(folder: string, keep: (entry: Dirent) => boolean): Promise<string[]> {
    try {
      const entries = await readdir(this.resolve(folder), { withFileTypes: true });
      return entries.filter(keep).map((entry) => entry.name);
    } catch (error) {
      if (isNodeError(error, 'ENOENT', 'ENOTDIR')) return [];
      throw error;
    }
  }

  private resolve(path: string): string {
    const segments = path.split('/');
    if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
      throw new Error(`not a plain relative path: ${JSON.stringify(path)}`);
    }
    return join(this.root, ...segments);
  }
}
