import { changedFiles, FolderFingerprint } from './folder-fingerprint';

/** How a request ended, as far as the configuration folder is concerned. */
export type Outcome = 'accepted' | 'refused' | 'unanswered';

/** Longer than any pause between the steps of a write (a restore: unpack, swap, reload, read, clean up). */
const STILL_MS = 150;

/**
 * Watches the configuration folder through a fuzz run. After a request to a route that may write it,
 * the folder is fingerprinted at once: a refused request must have changed nothing. Routes that never
 * write it are checked per run of consecutive requests to the same route (fingerprinting takes a few
 * milliseconds): such a run must change nothing at all.
 */
export class ConfGuard {
  private readonly fingerprint: FolderFingerprint;
  private files: Record<string, string>;
  private readOnlyRun: string | undefined;

  constructor(root: string) {
    this.fingerprint = new FolderFingerprint(root);
    this.files = this.fingerprint.take();
  }

  /** Problems found after a request to a route that may write the folder. */
  async afterWrite(outcome: Outcome): Promise<string[]> {
    const problems = this.flush();
    // Unanswered: the server may still be at it, so the folder is taken once it is still and not judged.
    const files = outcome === 'unanswered' ? await this.settled() : this.fingerprint.take();
    const changed = changedFiles(this.files, files);
    this.files = files;
    return outcome === 'refused' && changed.length > 0
      ? [...problems, `refused, yet changed ${changed.slice(0, 5).join(', ')}`]
      : problems;
  }

  /** Problems of the previous run of read-only requests, once a request to another route comes. */
  afterRead(route: string): string[] {
    const problems = this.readOnlyRun === route ? [] : this.flush();
    this.readOnlyRun = route;
    return problems;
  }

  /** Checks the pending run of read-only requests now. */
  flush(): string[] {
    const route = this.readOnlyRun;
    this.readOnlyRun = undefined;
    if (route === undefined) return [];
    const files = this.fingerprint.take();
    const changed = changedFiles(this.files, files);
    this.files = files;
    return changed.length === 0
      ? []
      : [`requests to ${route}, which never writes it, changed ${changed.slice(0, 5).join(', ')}`];
  }

  /** The folder once it has stayed the same for STILL_MS (waiting at most some 5 s). */
  private async settled(): Promise<Record<string, string>> {
    let files = this.fingerprint.take();
    for (let round = 0; round < 5000 / STILL_MS; round += 1) {
      await new Promise((resolve) => setTimeout(resolve, STILL_MS));
      const now = this.fingerprint.take();
      if (changedFiles(files, now).length === 0) return now;
      files = now;
    }
    return files;
  }
}
