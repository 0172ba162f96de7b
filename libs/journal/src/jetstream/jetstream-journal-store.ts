import { randomUUID } from 'node:crypto';
import {
  connect,
  DeliverPolicy,
  type ConsumerMessages,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
  type NatsConnection,
} from 'nats';
import type { JournalEntry, JournalEntryDraft } from '../journal-entry';
import type {
  AppendReceipt,
  FlushOutcome,
  JournalHealth,
  JournalStore,
  PruneReport,
  RetentionPolicy,
} from '../journal-store';
import { decodeEntry, draftOf, encodeDraft } from './entry-codec';
import { ensureStream, entrySubject, streamLimits, streamPosition } from './stream-setup';

export interface JetStreamJournalOptions {
  /** The NATS server(s), e.g. `nats://127.0.0.1:4222`. */
  readonly url: string;
  /** The stream's name; its subjects are `<stream>.journal.<node>.<kind>`. */
  readonly stream: string;
  /** The FreeSWITCH node whose entries this store writes. */
  readonly node?: string;
  /** The stream's limits, set when the store opens (the server deletes what they no longer keep). */
  readonly retention?: RetentionPolicy;
  /** Entries kept in memory while the server does not acknowledge them; beyond them appends are refused. */
  readonly maxUnwritten?: number;
  /** How long a failed store waits before it sends its unacknowledged entries again. */
  readonly retryDelayMs?: number;
  /** How long a publish waits for the server's acknowledgement. */
  readonly ackTimeoutMs?: number;
}

const DEFAULT_NODE = 'default';
const DEFAULT_MAX_UNWRITTEN = 100_000;
const DEFAULT_RETRY_DELAY_MS = 1000;
const DEFAULT_ACK_TIMEOUT_MS = 5000;
const CLOSE_WAIT_MS = 2000;
const MSG_ID_HEADER = 'Nats-Msg-Id';
const NOTHING_PRUNED: PruneReport = { deleted: 0, reclaimedBytes: 0, steps: 0, longestStepMs: 0 };

interface Batch {
  through: number;
  readonly flushed: Promise<FlushOutcome>;
  readonly settle: (outcome: FlushOutcome) => void;
}

function newBatch(through: number): Batch {
  let settle: (outcome: FlushOutcome) => void = () => undefined;
  const flushed = new Promise<FlushOutcome>((resolve) => (settle = resolve));
  return { through, flushed, settle };
}

const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Connects to NATS, creates the journal's stream when there is none, and reads every entry it holds. */
export async function openJetStreamJournal(options: JetStreamJournalOptions): Promise<JetStreamJournalStore> {
  const connection = await connect({
    servers: options.url,
    name: 'fscon',
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
  });
  try {
    const manager = await connection.jetstreamManager();
    const position = await ensureStream(manager, options.stream, options.retention ?? {});
    const store = new JetStreamJournalStore(options, connection, manager, position);
    await store.follow();
    return store;
  } catch (error) {
    await connection.close();
    throw error;
  }
}

/**
 * The journal in a JetStream stream, shared by every replica that opens it. The store keeps the stream's
 * entries in memory, numbers an append at once with the stream's next sequence and publishes it at the
 * end of the event-loop turn, each entry expecting its predecessor, so the stream's sequence is the seq.
 * It follows the stream with an ordered consumer: entries of other writers are numbered in as they come.
 * When another writer took a seq this store had given out, its entries not yet stored are renumbered
 * after the other's and the store reports itself failed until one of them is stored.
 */
export class JetStreamJournalStore implements JournalStore {
  readonly epoch: string;
  private readonly writer = randomUUID();
  private readonly js: JetStreamClient;
  private readonly node: string;
  private entries: JournalEntry[] = [];
  private first: number;
  private nextSeq: number;
  private unacked: JournalEntry[] = [];
  private storedThrough = 0;
  private releasing = false;
  private sentThrough = 0;
  private generation = 0;
  private batch: Batch | undefined;
  private waiting: Batch[] = [];
  private failure: string | undefined;
  private unreachable: string | undefined;
  private dropped = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private messages: ConsumerMessages | undefined;
  private readonly others = new Set<(entries: readonly JournalEntry[]) => void>();
  private closed = false;

  constructor(
    private readonly options: JetStreamJournalOptions,
    private readonly connection: NatsConnection,
    private readonly manager: JetStreamManager,
    private readonly opened: { epoch: string; firstSeq: number; lastSeq: number },
  ) {
    this.epoch = opened.epoch;
    this.first = opened.firstSeq;
    this.nextSeq = opened.firstSeq;
    this.js = connection.jetstream();
    this.node = options.node ?? DEFAULT_NODE;
    void this.watchConnection();
  }

  get lastSeq(): number {
    return this.nextSeq - 1;
  }

  get firstSeq(): number {
    return this.first;
  }

  append(drafts: readonly JournalEntryDraft[]): AppendReceipt {
    if (this.closed) return this.refuse(drafts.length, 'the journal is closed');
    const limit = this.options.maxUnwritten ?? DEFAULT_MAX_UNWRITTEN;
    if (this.unacked.length + drafts.length > limit) {
      return this.refuse(drafts.length, `${this.unacked.length} entries are still waiting to be stored`);
    }
    const seqs = drafts.map((draft) => this.numberIn(draft));
    if (this.batch === undefined) {
      this.batch = newBatch(this.lastSeq);
      setImmediate(() => this.send());
    }
    this.batch.through = this.lastSeq;
    const failing = !this.health().ok;
    return { seqs, flushed: failing ? Promise.resolve(this.failedOutcome()) : this.batch.flushed };
  }

  readAfter(seq: number, limit: number): JournalEntry[] {
    const start = Math.max(seq + 1, this.first) - this.first;
    return this.entries.slice(start, start + limit);
  }

  /** Sets the stream's limits to the policy; the server deletes; the store forgets what it deleted. */
  prune(policy: RetentionPolicy): Promise<PruneReport> {
    return this.pruneNow(policy).catch((error: unknown) => {
      this.failure = `pruning failed: ${describeError(error)}`;
      return NOTHING_PRUNED;
    });
  }

  private async pruneNow(policy: RetentionPolicy): Promise<PruneReport> {
    const started = performance.now();
    const info = await this.manager.streams.info(this.options.stream);
    const limits = streamLimits(policy);
    const after =
      info.config.max_age === limits.max_age && info.config.max_bytes === limits.max_bytes
        ? info
        : await this.manager.streams.update(this.options.stream, { ...info.config, ...limits });
    const before = this.first;
    this.forgetBefore(Math.min(streamPosition(after).firstSeq, this.nextSeq));
    return {
      deleted: this.first - before,
      reclaimedBytes: Math.max(0, info.state.bytes - after.state.bytes),
      steps: 1,
      longestStepMs: performance.now() - started,
    };
  }

  health(): JournalHealth {
    const reason = this.unreachable ?? this.failure;
    if (reason === undefined) return { ok: true };
    return { ok: false, reason, unwritten: this.unacked.length, dropped: this.dropped };
  }

  onEntriesFromOthers(listener: (entries: readonly JournalEntry[]) => void): () => void {
    this.others.add(listener);
    return () => this.others.delete(listener);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.send();
    const deadline = Date.now() + CLOSE_WAIT_MS;
    while (this.unacked.some((entry) => entry.seq > this.storedThrough) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    this.closed = true;
    clearTimeout(this.retryTimer);
    this.messages?.stop();
    await this.connection.close();
  }

  /** Reads the stream from its oldest entry; resolves once the entries it held at opening are in. */
  async follow(): Promise<void> {
    const consumer = await this.js.consumers.get(this.options.stream, {
      deliver_policy: DeliverPolicy.StartSequence,
      opt_start_seq: this.first,
    });
    this.messages = await consumer.consume();
    const iterator = this.messages[Symbol.asyncIterator]();
    while (this.lastSeq < this.opened.lastSeq) {
      const next = await iterator.next();
      if (next.done === true) throw new Error(`the stream ${this.options.stream} ended while it was read`);
      this.received(next.value);
    }
    void this.keepFollowing(iterator);
  }

  private async keepFollowing(iterator: AsyncIterator<JsMsg>): Promise<void> {
    try {
      for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
        this.received(next.value);
      }
      if (!this.closed) this.failure = `the stream ${this.options.stream} is no longer followed`;
    } catch (error) {
      this.failure = `the stream ${this.options.stream} is no longer followed: ${describeError(error)}`;
    }
  }

  private received(message: JsMsg): void {
    const seq = message.seq;
    if (message.headers?.get(MSG_ID_HEADER).startsWith(`${this.writer}:`) === true) {
      this.stored(seq);
      return;
    }
    if (seq < this.first || (seq < this.nextSeq && !this.waitingAt(seq))) return;
    const displaced = seq < this.nextSeq ? this.giveWay(seq) : [];
    if (this.entries.length === 0) this.first = seq;
    const entry = decodeEntry(seq, message.data);
    this.entries.push(entry);
    this.nextSeq = seq + 1;
    for (const own of displaced) this.numberIn(draftOf(own));
    for (const listener of this.others) listener([entry]);
  }

  /**
   * Another writer stored an entry at `seq`, which this store had given to one of its own, not stored
   * yet: takes those entries out, to be numbered again after the other's, and sends them again.
   */
  private giveWay(seq: number): JournalEntry[] {
    const displaced = this.unacked.filter((entry) => entry.seq >= seq);
    this.unacked = this.unacked.filter((entry) => entry.seq < seq);
    this.entries = this.entries.slice(0, seq - this.first);
    this.failure = `another writer stored seq ${seq}; ${displaced.length} entries of this connector were numbered again after it`;
    this.settleWaiting(this.failedOutcome());
    this.resendLater(0);
    return displaced;
  }

  /** Whether `seq` is one of this store's entries not stored yet. */
  private waitingAt(seq: number): boolean {
    return seq > this.storedThrough && this.unacked.some((entry) => entry.seq === seq);
  }

  private numberIn(draft: JournalEntryDraft): number {
    const entry = { ...draft, seq: this.nextSeq++ };
    this.entries.push(entry);
    this.unacked.push(entry);
    return entry.seq;
  }

  /** Publishes the entries not sent yet; while the server is unreachable they wait for the reconnection. */
  private send(): void {
    if (this.closed || this.unreachable !== undefined) return;
    if (this.batch !== undefined) this.waiting.push(this.batch);
    this.batch = undefined;
    let previous: JournalEntry | undefined;
    for (const entry of this.unacked) {
      if (entry.seq > this.sentThrough) {
        this.publish(entry, previous?.seq === entry.seq - 1 ? previous : undefined);
        this.sentThrough = entry.seq;
      }
      previous = entry;
    }
  }

  /** Publishes an entry that must follow the stream's seq before it, and this store's `previous` if given. */
  private publish(entry: JournalEntry, previous: JournalEntry | undefined): void {
    const generation = this.generation;
    const expect = {
      lastSequence: entry.seq - 1,
      ...(previous === undefined ? {} : { lastMsgID: this.msgId(previous) }),
    };
    this.js
      .publish(entrySubject(this.options.stream, this.node, entry.kind), encodeDraft(entry), {
        msgID: this.msgId(entry),
        expect,
        timeout: this.options.ackTimeoutMs ?? DEFAULT_ACK_TIMEOUT_MS,
      })
      .then(
        (ack) => {
          if (generation === this.generation && ack.seq === entry.seq) this.stored(ack.seq);
        },
        (error: unknown) => {
          if (generation !== this.generation) return;
          this.failure = `the stream did not store seq ${entry.seq}: ${describeError(error)}`;
          this.settleWaiting(this.failedOutcome());
          this.resendLater(this.options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS);
        },
      );
  }

  /**
   * The stream holds this store's entries through `seq` (each expected its predecessor). The entries
   * are let go at the end of the turn, in one step for all the acknowledgements that came in it.
   */
  private stored(seq: number): void {
    this.failure = undefined;
    if (seq <= this.storedThrough) return;
    this.storedThrough = seq;
    while (this.waiting.length > 0 && this.waiting[0].through <= seq) {
      this.waiting.shift()?.settle({ durable: true });
    }
    if (this.releasing) return;
    this.releasing = true;
    setImmediate(() => {
      this.releasing = false;
      const kept = this.unacked.findIndex((entry) => entry.seq > this.storedThrough);
      this.unacked = kept === -1 ? [] : this.unacked.slice(kept);
    });
  }

  /** Sends every unacknowledged entry again after the delay; the message ids keep each stored once. */
  private resendLater(delayMs: number): void {
    this.generation++;
    this.sentThrough = 0;
    if (this.closed || this.retryTimer !== undefined) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.send();
    }, delayMs);
    this.retryTimer.unref();
  }

  private async watchConnection(): Promise<void> {
    for await (const status of this.connection.status()) {
      if (status.type === 'disconnect')
        this.unreachable = `the NATS server ${this.options.url} is unreachable`;
      if (status.type === 'reconnect') {
        this.unreachable = undefined;
        this.resendLater(0);
      }
    }
  }

  private forgetBefore(seq: number): void {
    this.entries = this.entries.slice(Math.max(0, seq - this.first));
    this.first = seq;
  }

  private settleWaiting(outcome: FlushOutcome): void {
    for (const batch of this.waiting.splice(0)) batch.settle(outcome);
  }

  private msgId(entry: JournalEntry): string {
    return `${this.writer}:${entry.seq}`;
  }

  private failedOutcome(): FlushOutcome {
    return { durable: false, reason: this.unreachable ?? this.failure ?? 'the stream could not store' };
  }

  private refuse(count: number, reason: string): AppendReceipt {
    this.dropped += count;
    return { seqs: [], flushed: Promise.resolve({ durable: false, reason }) };
  }
}
