import type { ConfigFolder, FileSnapshot } from './config-folder';

/** A change to FreeSWITCH's configuration that can be taken back exactly. */
export interface ConfigEdit {
  /** Makes the change; when it fails half-way, it has put back what it did before throwing. */
  apply(): Promise<void>;
  /** Puts everything back as it was before apply. */
  revert(): Promise<void>;
}

/** One file to write (`content`) or to delete (`content: null`), relative to the configuration folder. */
export interface FileChange {
  path: string;
  content: string | null;
}

/**
 * Writes and deletes files. Before touching anything it keeps every affected file as it is, so
 * revert restores each byte for byte (with its mode), recreates deleted files and removes created ones.
 */
export function fileChangesEdit(folder: ConfigFolder, changes: readonly FileChange[]): ConfigEdit {
  const before = new Map<string, FileSnapshot>();
  const touched: string[] = [];

  const restore = async () => {
    for (const path of [...touched].reverse()) {
      const original = before.get(path)!;
      if (original.exists) await folder.write(path, original.data, original.mode);
      else await folder.remove(path);
    }
    touched.length = 0;
  };

  return {
    async apply() {
      for (const { path } of changes) {
        if (!before.has(path)) before.set(path, await folder.snapshot(path));
      }
      try {
        for (const { path, content } of changes) {
          if (!touched.includes(path)) touched.push(path);
          if (content === null) await folder.remove(path);
          else await folder.write(path, content, modeOf(before.get(path)!));
        }
      } catch (error) {
        await restore();
        throw error;
      }
    },
    revert: restore,
  };
}

function modeOf(snapshot: FileSnapshot): number | undefined {
  return snapshot.exists ? snapshot.mode : undefined;
}
