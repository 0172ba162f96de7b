import type { Dirent } from 'node:fs';
import { readdir, realpath, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { RecordingStore, type StoredRecording } from './recording-store.port';

const MISSING = new Set(['ENOENT', 'ENOTDIR', 'ELOOP', 'ENAMETOOLONG']);

function isMissing(error: unknown): boolean {
  return MISSING.has((error as NodeJS.ErrnoException).code ?? '');
}

function isPlainName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name);
}

/** The recordings folder on disk; every path is resolved to its real location and checked to stay inside. */
export class FsRecordingStore extends RecordingStore {
  constructor(private readonly dir: string) {
    super();
  }

  async list(): Promise<string[]> {
    let entries: Dirent[];
    try {
      entries = await readdir(this.dir, { withFileTypes: true });
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
    const kept = await Promise.all(entries.map((entry) => this.isListed(entry)));
    return entries.filter((_entry, index) => kept[index]).map((entry) => entry.name);
  }

  async locate(name: string): Promise<StoredRecording | undefined> {
    if (!isPlainName(name)) return undefined;
    try {
      const root = await realpath(this.dir);
      const real = await realpath(join(root, name));
      if (dirname(real) !== root) return undefined;
      return (await stat(real)).isFile() ? { root, name: basename(real) } : undefined;
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async delete(name: string): Promise<void> {
    if (!isPlainName(name)) throw new Error(`not a plain file name: ${JSON.stringify(name)}`);
    await unlink(join(this.dir, name));
  }

  private async isListed(entry: Dirent): Promise<boolean> {
    if (entry.isFile()) return true;
    return entry.isSymbolicLink() && (await this.locate(entry.name)) !== undefined;
  }
}
