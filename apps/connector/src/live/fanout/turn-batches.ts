import { CONTEXTS, type Context } from '@fscon/contracts';
import type { LiveMetrics } from '../../metrics/metrics.ports';
import { NO_METRICS } from '../../metrics/no-metrics';

/** A live client of one context, whose connection takes the bytes of a turn in one write. */
export interface BatchedClient {
  readonly context: Context;
  write(bytes: Buffer): void;
}

/**
 * Frames reach the clients once per turn of the event loop (all the deltas of one chunk of Event Socket
 * data): the frames published to a context in a turn are joined into one buffer, built once and written
 * to every client of that context in one write each, instead of one write call per frame and client.
 *
 * A client that is sent a frame of its own during a turn (a reply, an error, a resume) gets its own list
 * from that moment, starting with what its context was published so far, so that it receives everything
 * in the order it was sent. So does a client that joins while its context has frames waiting: it must
 * not receive what was published before it joined.
 */
export class TurnBatches {
  private readonly clients = new Map<Context, Set<BatchedClient>>(
    CONTEXTS.map((context) => [context, new Set<BatchedClient>()]),
  );
  private shared = new Map<Context, Buffer[]>();
  private own = new Map<BatchedClient, Buffer[]>();
  private scheduled = false;

  constructor(private readonly metrics: LiveMetrics = NO_METRICS) {}

  add(client: BatchedClient): void {
    this.clients.get(client.context)!.add(client);
    if (this.shared.has(client.context)) this.own.set(client, []);
  }

  remove(client: BatchedClient): void {
    this.clients.get(client.context)!.delete(client);
    this.own.delete(client);
  }

  /** A frame for every client of the context. */
  publish(context: Context, frame: Buffer): void {
    this.schedule();
    const frames = this.shared.get(context);
    if (frames) frames.push(frame);
    else this.shared.set(context, [frame]);
    for (const [client, own] of this.own) {
      if (client.context === context) own.push(frame);
    }
  }

  /** A frame for this client alone, after everything it was sent before. */
  sendTo(client: BatchedClient, frame: Buffer): void {
    this.schedule();
    let own = this.own.get(client);
    if (!own) {
      own = [...(this.shared.get(client.context) ?? [])];
      this.own.set(client, own);
    }
    own.push(frame);
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    process.nextTick(this.flush);
  }

  private readonly flush = (): void => {
    const { shared, own } = this;
    this.scheduled = false;
    this.shared = new Map();
    this.own = new Map();
    for (const [context, frames] of shared) {
      const bytes = joined(frames);
      let written = 0;
      for (const client of this.clients.get(context)!) {
        if (!own.has(client)) {
          client.write(bytes);
          written += 1;
        }
      }
      this.metrics.framesWritten(context, frames.length * written, bytes.length * written);
    }
    for (const [client, frames] of own) {
      if (frames.length === 0) continue;
      const bytes = joined(frames);
      client.write(bytes);
      this.metrics.framesWritten(client.context, frames.length, bytes.length);
    }
    this.metrics.turnWritten();
  };
}

function joined(frames: readonly Buffer[]): Buffer {
  return frames.length === 1 ? frames[0]! : Buffer.concat(frames);
}
