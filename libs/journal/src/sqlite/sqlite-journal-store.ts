import type { JournalEntry, JournalEntryDraft } from '../journal-entry';
import type {
  AppendOptions,
  AppendReceipt,
  FlushOutcome,
  JournalHealth,
  JournalStore,
  PruneReport,
  RetentionPolicy,
} from '../journal-store';
import { EntryStatements } from './entry-rows';
import { describeError, IN_MEMORY, openJournalFile, type JournalFile } from './journal-schema';
import { pruneInSteps } from './stepped-prune';
import { WalCheckpointer } from './wal-checkpointer';

export interface SqliteJournalOptions {
  /** A file, or `:memory:` for a journal that ends with the process. */
  readonly path: string;
  /** The most the file may grow to (SQLite's `max_page_count`); beyond it appends fail as on a full disk. */
  readonly sizeLimitBytes?: number;
  /** Entries kept in memory while the file cannot be written; beyond them appends are refused. */
  readonly maxUnwritten?: number;
  /** How long a failed store waits before it tries to write again. */
  readonly retryDelayMs?: number;
  readonly now?: () => number;
}

const DEFAULT_MAX_UNWRITTEN = 100_000;
const DEFAULT_RETRY_DELAY_MS = 1000;
const NOTHING_PRUNED: PruneReport = { deleted: 0, reclaimedBytes: 0, steps: 0, longestStepMs: 0 };

interface Batch {
  readonly flushed: Promise<FlushOutcome>;
  readonly settle: (outcome: FlushOutcome) => void;
}

function newBatch(): Batch {
  let settle: (outcome: FlushOutcome) => void = () => undefined;
  const flushed = new Promise<FlushOutcome>((resolve) => (settle = resolve));
  return { flushed, settle };
}

/** Opens a journal file, creating it on first use. Throws only when there is no journal to read at all. */
export function openSqliteJournal(options: SqliteJournalOptions): SqliteJournalStore {
  return new SqliteJournalStore(options, openJournalFile(options.path, options.sizeLimitBytes));
}

/**
 * The journal in SQLite. Entries get their seq at once and wait in memory until the end of the
 * event-loop turn, when one transaction commits all of them. A failed commit keeps them waiting and
 * puts the store in a failed state; it tries again after a delay, reopening the file when it had
 * become read-only, and is healthy again once a commit succeeds.
 */
export class SqliteJournalStore implements JournalStore {
  readonly epoch: string;
  private file: JournalFile;
  private statements: EntryStatements;
  private unwritten: JournalEntry[] = [];
  private durableWaiting = false;
  private batch: Batch | undefined;
  private nextSeq: number;
  private first: number;
  private failure: string | undefined;
  private dropped = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private pruning: Promise<PruneReport> | undefined;
  private closed = false;
  private readonly checkpointer: WalCheckpointer | undefined;
  private commitsCheckpoint = true;

  constructor(
    private readonly options: SqliteJournalOptions,
    file: JournalFile,
  ) {
    this.file = file;
    this.statements = new EntryStatements(file.db);
    this.epoch = file.epoch;
    this.nextSeq = file.lastSeq + 1;
    this.first = file.firstSeq;
    if (options.path !== IN_MEMORY) {
      this.checkpointer = new WalCheckpointer(options.path, () => this.checkpointInCommits(true));
      this.checkpointInCommits(false);
    }
    if (!file.writable) this.fail(file.readOnlyReason ?? 'the journal file is read-only');
  }

  get lastSeq(): number {
    return this.nextSeq - 1;
  }

  get firstSeq(): number {
    return this.first;
  }

  append(drafts: readonly JournalEntryDraft[], options: AppendOptions = {}): AppendReceipt {
    if (this.closed) return this.refuse(drafts.length, 'the journal is closed');
    const limit = this.options.maxUnwritten ?? DEFAULT_MAX_UNWRITTEN;
    if (this.unwritten.length + drafts.length > limit) {
      return this.refuse(drafts.length, `${this.unwritten.length} entries are still waiting to be written`);
    }
    const seqs = drafts.map((draft) => {
      const entry = { ...draft, seq: this.nextSeq++ };
      this.unwritten.push(entry);
      return entry.seq;
    });
    this.durableWaiting ||= options.durable === true;
    if (this.failure !== undefined) return { seqs, flushed: Promise.resolve(this.failedOutcome()) };
    if (this.batch === undefined) {
      this.batch = newBatch();
      setImmediate(() => this.flush());
    }
    return { seqs, flushed: this.batch.flushed };
  }

  readAfter(seq: number, limit: number): JournalEntry[] {
    const stored = this.statements.readAfter(seq, limit);
    if (stored.length === limit || this.unwritten.length === 0) return stored;
    const from = Math.max(seq, stored.at(-1)?.seq ?? seq);
    const start = Math.max(0, from + 1 - this.unwritten[0].seq);
    return stored.concat(this.unwritten.slice(start, start + limit - stored.length));
  }

  prune(policy: RetentionPolicy): Promise<PruneReport> {
    if (this.closed || !this.file.writable) return Promise.resolve(NOTHING_PRUNED);
    this.pruning ??= this.pruneNow(policy).finally(() => (this.pruning = undefined));
    return this.pruning;
  }

  health(): JournalHealth {
    if (this.failure === undefined) return { ok: true };
    return {
      ok: false,
      reason: this.failure,
      unwritten: this.unwritten.length,
      dropped: this.dropped,
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    clearTimeout(this.retryTimer);
    await this.pruning;
    await this.checkpointer?.close();
    this.file.db.close();
  }

  private async pruneNow(policy: RetentionPolicy): Promise<PruneReport> {
    const db = this.file.db;
    try {
      return await pruneInSteps(
        {
          db,
          now: (this.options.now ?? Date.now)(),
          active: () => !this.closed && this.file.db === db,
          pruned: (throughSeq) => (this.first = throughSeq + 1),
          wrote: () => this.checkpointer?.wrote(1),
        },
        policy,
      );
    } catch (error) {
      this.fail(`pruning failed: ${describeError(error)}`);
      return NOTHING_PRUNED;
    }
  }

  private flush(): void {
    if (this.closed) return;
    const batch = this.batch;
    this.batch = undefined;
    try {
      if (!this.file.writable) this.reopen();
      this.commit();
      this.failure = undefined;
      batch?.settle({ durable: true });
    } catch (error) {
      this.fail(describeError(error));
      batch?.settle(this.failedOutcome());
    }
  }

  private commit(): void {
    if (this.unwritten.length === 0) return;
    const { db } = this.file;
    const durable = this.durableWaiting;
    if (durable) db.pragma('synchronous = FULL');
    try {
      db.transaction((entries: readonly JournalEntry[]) => {
        for (const entry of entries) this.statements.insertEntry(entry);
      })(this.unwritten);
    } finally {
      if (durable) db.pragma('synchronous = NORMAL');
    }
    this.checkpointer?.wrote(this.unwritten.length);
    this.unwritten = [];
    this.durableWaiting = false;
  }

  /** Lets SQLite checkpoint in this connection's commits, as it does by default, or not. */
  private checkpointInCommits(enabled: boolean): void {
    this.commitsCheckpoint = enabled;
    this.applyCheckpointing();
  }

  private applyCheckpointing(): void {
    if (this.file.writable) this.file.db.pragma(`wal_autocheckpoint = ${this.commitsCheckpoint ? 1000 : 0}`);
  }

  /** A file that was read-only, or lost under the store, is opened again; it must be the same journal. */
  private reopen(): void {
    if (this.options.path === IN_MEMORY)
      throw new Error(this.failure ?? 'the in-memory journal cannot be written');
    const file = openJournalFile(this.options.path, this.options.sizeLimitBytes);
    if (
      !file.writable ||
      file.epoch !== this.epoch ||
      file.lastSeq + this.unwritten.length !== this.lastSeq
    ) {
      file.db.close();
      throw new Error(
        file.readOnlyReason ?? `${this.options.path} is no longer the journal of epoch ${this.epoch}`,
      );
    }
    this.file.db.close();
    this.file = file;
    this.statements = new EntryStatements(file.db);
    this.applyCheckpointing();
  }

  private fail(reason: string): void {
    this.failure = reason;
    if (/^SQLITE_(READONLY|IOERR|CANTOPEN|PERM)/.test(reason)) this.file = { ...this.file, writable: false };
    if (this.closed || this.retryTimer !== undefined) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (!this.closed) this.flush();
    }, this.options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS);
    this.retryTimer.unref();
  }

  private failedOutcome(): FlushOutcome {
    return { durable: false, reason: this.failure ?? 'the journal could not write' };
  }

  private refuse(count: number, reason: string): AppendReceipt {
    this.dropped += count;
    return { seqs: [], flushed: Promise.resolve({ durable: false, reason }) };
  }
}
