import { stat } from 'node:fs/promises';
import { ConfigFolder } from '../config-folder';
import { decodeIntent, encodeIntent, type WriteIntent } from './write-intent';

/** The record's name in the static folder. */
export const INTENT_FILE = 'config-write-intent.json';

/**
 * The record of the configuration write under way, kept in the static folder (never in FreeSWITCH's
 * configuration folder, whose XML FreeSWITCH loads). It exists from before the first file is touched
 * until the write is complete or taken back.
 */
export class WriteIntentStore {
  private readonly folder: ConfigFolder;
  private kept = false;

  constructor(staticPath: string) {
    this.folder = new ConfigFolder(staticPath);
  }

  get path(): string {
    return this.folder.resolve(INTENT_FILE);
  }

  get staticRoot(): string {
    return this.folder.root;
  }

  async read(): Promise<WriteIntent | undefined> {
    const snapshot = await this.folder.snapshot(INTENT_FILE);
    return snapshot.exists ? decodeIntent(snapshot.data.toString('utf8')) : undefined;
  }

  /**
   * Durable when it resolves: written to a temporary file, flushed, renamed into place, folder
   * flushed. The static folder must exist: one created here might not be the one the next start sees.
   */
  async begin(intent: WriteIntent): Promise<void> {
    if (!(await stat(this.folder.root)).isDirectory()) throw new Error(`${this.folder.root} is not a folder`);
    await this.folder.write(INTENT_FILE, encodeIntent(intent), 0o600);
  }

  /** The write is complete or taken back; nothing is left to recover. */
  async end(): Promise<void> {
    if (!this.kept) await this.folder.remove(INTENT_FILE);
  }

  /** From now on end() leaves the record, so the next start recovers from it. */
  keepForNextStart(): void {
    this.kept = true;
  }
}
