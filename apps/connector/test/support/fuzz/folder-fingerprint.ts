import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * SHA-256 of every file under a folder, by relative path. A file whose size, modification time and
 * inode are unchanged since the last look is not read again, so a folder can be fingerprinted after
 * every request of a fuzz run.
 */
export class FolderFingerprint {
  private readonly known = new Map<string, { stat: string; hash: string }>();

  constructor(private readonly root: string) {}

  take(): Record<string, string> {
    const files: Record<string, string> = {};
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.isFile()) files[relative(this.root, path)] = this.hashOf(path);
      }
    };
    walk(this.root);
    return files;
  }

  private hashOf(path: string): string {
    const { size, mtimeMs, ino } = statSync(path, { bigint: false });
    const stat = `${size}:${mtimeMs}:${ino}`;
    const known = this.known.get(path);
    if (known?.stat === stat) return known.hash;
    const hash = createHash('sha256').update(readFileSync(path)).digest('hex');
    this.known.set(path, { stat, hash });
    return hash;
  }
}

/** The paths whose hashes differ between two fingerprints (added, removed or changed). */
export function changedFiles(before: Record<string, string>, after: Record<string, string>): string[] {
  const paths = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...paths].filter((path) => before[path] !== after[path]).sort();
}
