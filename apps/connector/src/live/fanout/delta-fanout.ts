import { CONTEXTS, type ClientMessage, type Context } from '@fscon/contracts';
import { firstDeltaSeq, type NumberedDelta } from '@fscon/live-state';
import { FrameLog, type FrameLogCapacity } from './frame-log';
import { encodeFrame } from './frames';
import type { TurnBatches } from './turn-batches';
import type { LiveMetrics } from '../../metrics/metrics.ports';
import { NO_METRICS } from '../../metrics/no-metrics';

type ContextMessages = Partial<Record<Context, ClientMessage>>;

/**
 * Encodes each numbered delta (libs/live-state, delta-seq.ts) once per context (one encoding for all
 * contexts that see the same message) and publishes the frames to the clients of those contexts, in
 * seq order. Keeps the newest deltas for resumes.
 *
 * The log starts after the journal's last entry at start, so a `since` a client kept from an earlier
 * run on the same journal is older than anything held here: the gateway replays it from the journal.
 */
export class DeltaFanout {
  private readonly log: FrameLog;

  /** `lastEntrySeq`: the journal's last entry when the fan-out starts. */
  constructor(
    private readonly clients: TurnBatches,
    replay: FrameLogCapacity,
    lastEntrySeq: number,
    private readonly metrics: LiveMetrics = NO_METRICS,
  ) {
    this.log = new FrameLog(replay, firstDeltaSeq(lastEntrySeq + 1) - 1);
  }

  /** The seq of the last delta published. */
  get seq(): number {
    return this.log.last;
  }

  /**
   * The deltas of one journal entry, in order. Their numbers are kept, except after an entry the journal
   * could not store (it shares the seq of the one before): its deltas follow the last one sent.
   */
  publish(deltas: readonly NumberedDelta[]): void {
    let last = this.log.last;
    for (const { seq, messages } of deltas) this.send(messages, (last = Math.max(seq, last + 1)));
  }

  /**
   * The frames a subscriber of the context missed after `seq`, or undefined when they are no longer
   * all held (or `seq` is not one this server gave out).
   */
  framesAfter(seq: number, context: Context): Buffer[] | undefined {
    return this.log.framesAfter(seq, context);
  }

  private send(messages: ContextMessages, seq: number): void {
    const encoded = new Map<ClientMessage, Buffer>();
    const frames: Partial<Record<Context, Buffer>> = {};
    for (const context of CONTEXTS) {
      const message = messages[context];
      if (message === undefined) continue;
      let frame = encoded.get(message);
      if (frame === undefined) encoded.set(message, (frame = encodeFrame(message, seq)));
      frames[context] = frame;
    }
    this.log.push(seq, frames);
    this.metrics.deltaPublished();
    for (const context of CONTEXTS) {
      const frame = frames[context];
      if (frame !== undefined) this.clients.publish(context, frame);
    }
  }
}
