import { CONTEXTS, type ClientMessage, type Context } from '@fscon/contracts';
import type { LiveDelta } from '@fscon/live-state';
import { firstDeltaSeq } from './delta-seq';
import { FrameLog, type FrameLogCapacity } from './frame-log';
import { encodeFrame } from './frames';
import type { TurnBatches } from './turn-batches';
import type { LiveMetrics } from '../../metrics/metrics.ports';
import { NO_METRICS } from '../../metrics/no-metrics';

type ContextMessages = Partial<Record<Context, ClientMessage>>;

/**
 * Numbers the deltas after their journal entries (delta-seq.ts), encodes each once per context (one
 * encoding for all contexts that see the same message) and publishes the frames to the clients of those
 * contexts, in seq order. Keeps the newest deltas for resumes. The newLiveState messages of one
 * rebuild, one per context, are one delta.
 *
 * Numbering starts after the journal's last entry at start, so a `since` a client kept from an earlier
 * run on the same journal is older than anything held here and gets a snapshot.
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

  /** The deltas of one projection, in order; those of a journal entry are numbered after it. */
  publish(deltas: readonly LiveDelta[], entrySeq?: number): void {
    let seq = Math.max(this.log.last + 1, entrySeq === undefined ? 0 : firstDeltaSeq(entrySeq));
    for (const messages of groupDeltas(deltas)) this.send(messages, seq++);
  }

  /** A delta for every context (newXML). */
  publishToEverybody(message: ClientMessage): void {
    this.send(Object.fromEntries(CONTEXTS.map((context) => [context, message])), this.log.last + 1);
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

/** Each delta is one group, except that newLiveState deltas for different contexts in a row form one. */
function groupDeltas(deltas: readonly LiveDelta[]): ContextMessages[] {
  const groups: ContextMessages[] = [];
  let rebuild: ContextMessages | undefined;
  for (const { audience, message } of deltas) {
    const joinsRebuild =
      message.event === 'newLiveState' &&
      rebuild !== undefined &&
      audience.every((context) => rebuild![context] === undefined);
    const group: ContextMessages = joinsRebuild ? rebuild! : {};
    for (const context of audience) group[context] = message;
    if (!joinsRebuild) groups.push(group);
    rebuild = message.event === 'newLiveState' ? group : undefined;
  }
  return groups;
}
