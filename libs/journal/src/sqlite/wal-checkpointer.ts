import { Worker } from 'node:worker_threads';

/**
 * Runs in the worker: a connection of its own for each checkpoint, so that one made while the file
 * was read-only does not outlive the cause.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
parentPort.on('message', () => {
  try {
    const db = new Database(workerData.path, { fileMustExist: true });
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } finally {
      db.close();
    }
  } catch {
    // The store's own writes report a file it cannot write; the next checkpoint tries again.
  }
  parentPort.postMessage('done');
});
`;

/** Writes since the last checkpoint after which the next one starts without waiting for the timer. */
const WRITES_PER_CHECKPOINT = 20_000;
const CHECKPOINT_EVERY_MS = 1000;

/**
 * Copies the write-ahead log back into the journal file on a worker thread. A checkpoint syncs the
 * file to the disk, which took 15 to 40 ms on our machines; run by SQLite inside a commit it would
 * hold up the event loop that long, so the store's own connection does not checkpoint while this
 * thread runs. If the thread dies, `onStopped` hands checkpointing back to the store's connection.
 */
export class WalCheckpointer {
  private readonly worker: Worker;
  private readonly timer: NodeJS.Timeout;
  private writes = 0;
  private running = false;
  private stopped = false;

  constructor(path: string, onStopped: () => void) {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { path, driver: require.resolve('better-sqlite3') },
    });
    this.worker.on('message', () => (this.running = false));
    this.worker.on('error', () => undefined);
    this.worker.on('exit', () => {
      if (this.stopped) return;
      this.stopped = true;
      onStopped();
    });
    this.worker.unref();
    this.timer = setInterval(() => this.checkpointIfWritten(), CHECKPOINT_EVERY_MS);
    this.timer.unref();
  }

  wrote(count: number): void {
    this.writes += count;
    if (this.writes >= WRITES_PER_CHECKPOINT) this.checkpointIfWritten();
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    if (this.stopped) return;
    this.stopped = true;
    await this.worker.terminate();
  }

  private checkpointIfWritten(): void {
    if (this.running || this.stopped || this.writes === 0) return;
    this.running = true;
    this.writes = 0;
    this.worker.postMessage('checkpoint');
  }
}
