import { DomainError } from '../../common/domain-error';
import { ProvisioningFileStore } from '../provisioning-file-store.port';

function parentsOf(path: string): string[] {
  const segments = path.split('/');
  return segments.slice(1).map((_, i) => segments.slice(0, i + 1).join('/'));
}

/** A file store in memory that records what was written and removed. */
export class InMemoryProvisioningFileStore extends ProvisioningFileStore {
  readonly files = new Map<string, Buffer>();
  private readonly folderSet = new Set<string>();
  /** Every write, append and removal as `write <path>`, `append <path>`, `remove <path>`, `rmdir <folder>`. */
  readonly operations: string[] = [];

  /** Whether the static folder exists. */
  available = true;

  /** Puts a file in place without recording an operation. */
  seed(path: string, content: string): void {
    this.files.set(path, Buffer.from(content));
    parentsOf(path).forEach((folder) => this.folderSet.add(folder));
  }

  text(path: string): string | undefined {
    return this.files.get(path)?.toString('utf8');
  }

  paths(): string[] {
    return [...this.files.keys()].sort();
  }

  hasFolder(folder: string): boolean {
    return this.folderSet.has(folder);
  }

  /** The recorded operations since the last call. */
  takeOperations(): string[] {
    return this.operations.splice(0).sort();
  }

  async assertAvailable(): Promise<void> {
    if (!this.available) throw new DomainError('PROVISIONING.NOT_READY', 'no static folder');
  }

  async read(path: string): Promise<string | undefined> {
    return this.text(path);
  }

  async size(path: string): Promise<number | undefined> {
    return this.files.get(path)?.length;
  }

  async write(path: string, content: string | Buffer): Promise<void> {
    this.seed(path, content.toString());
    this.operations.push(`write ${path}`);
  }

  async append(path: string, content: Buffer): Promise<void> {
    this.seed(path, Buffer.concat([this.files.get(path) ?? Buffer.alloc(0), content]).toString());
    this.operations.push(`append ${path}`);
  }

  async rename(from: string, to: string): Promise<void> {
    const content = this.files.get(from);
    if (content === undefined) throw new Error(`no file ${from}`);
    this.files.delete(from);
    this.seed(to, content.toString());
    this.operations.push(`rename ${from} ${to}`);
  }

  async remove(path: string): Promise<boolean> {
    const existed = this.files.delete(path);
    if (existed) this.operations.push(`remove ${path}`);
    return existed;
  }

  async removeFolderIfEmpty(folder: string): Promise<boolean> {
    const prefix = `${folder}/`;
    const used =
      [...this.files.keys()].some((path) => path.startsWith(prefix)) ||
      [...this.folderSet].some((other) => other.startsWith(prefix));
    if (used || !this.folderSet.delete(folder)) return false;
    this.operations.push(`rmdir ${folder}`);
    return true;
  }

  /** Removes the files named `.<anything>.tmp` in the folder, whatever their age. */
  async removeLeftovers(folder: string): Promise<string[]> {
    const leftovers = this.paths().filter((path) => path.startsWith(`${folder}/.`) && path.endsWith('.tmp'));
    for (const path of leftovers) await this.remove(path);
    return leftovers;
  }

  async folders(folder: string): Promise<string[]> {
    const prefix = `${folder}/`;
    return [...this.folderSet]
      .filter((other) => other.startsWith(prefix) && !other.slice(prefix.length).includes('/'))
      .map((other) => other.slice(prefix.length));
  }
}
