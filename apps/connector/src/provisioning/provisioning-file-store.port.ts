/**
 * The static folder (STATICPATH) as the provisioning code sees it. Paths are relative to that folder
 * and use `/`; every segment is a plain name.
 */
export abstract class ProvisioningFileStore {
  /**
   * Throws PROVISIONING.NOT_READY unless the static folder exists: it is created and mounted by
   * whoever installs the connector, never by the connector itself.
   */
  abstract assertAvailable(): Promise<void>;

  /** The file's text, or undefined when there is no such file. */
  abstract read(path: string): Promise<string | undefined>;

  /** The file's size in bytes, or undefined when there is no such file. */
  abstract size(path: string): Promise<number | undefined>;

  /** Replaces the file atomically (a reader sees the old or the new content), creating its folder. */
  abstract write(path: string, content: string | Buffer): Promise<void>;

  /** Appends to the file, creating it and its folder when missing. */
  abstract append(path: string, content: Buffer): Promise<void>;

  /** Renames a file within the store, replacing the target. */
  abstract rename(from: string, to: string): Promise<void>;

  /** Removes the file; false when there was none. */
  abstract remove(path: string): Promise<boolean>;

  /** Removes the folder when it holds nothing; false when it does or does not exist. */
  abstract removeFolderIfEmpty(folder: string): Promise<boolean>;

  /**
   * Removes the temporary files that interrupted writes left in `folder` more than `olderThanMs` ago
   * (younger ones may belong to a write going on) and answers their paths.
   */
  abstract removeLeftovers(folder: string, olderThanMs: number): Promise<string[]>;

  /** The names of the sub-folders of `folder` (none when it does not exist). */
  abstract folders(folder: string): Promise<string[]>;
}
