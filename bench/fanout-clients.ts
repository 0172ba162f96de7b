import { performance } from 'node:perf_hooks';
import { CONTEXTS, type Context } from '@fscon/contracts';
import WebSocket from 'ws';

/**
 * About this many clients of each context parse what they receive to measure latency; the rest only
 * count. They are spread over the order of connecting, the order in which servers write to their clients.
 */
const SAMPLED_PER_CONTEXT = 5;
const CONNECTING_AT_ONCE = 50;

/** Milliseconds from the sending of what a frame's text says to `receivedAt`, if it tells. */
export type LatencyOf = (text: string, receivedAt: number) => number | undefined;

/**
 * Live clients of mixed contexts (a third each) on one server: how many frames they received, when the
 * last came, and, for a sample of them, the time from the event's writing to the delta's arrival.
 */
export class ClientPool {
  received = 0;
  /** Clients the server closed (for not reading, or not answering pings). */
  closedByServer = 0;
  private closing = false;
  lastReceivedAt = 0;
  readonly latencies: number[] = [];
  readonly perContext: Record<Context, number> = { team: 0, friends: 0, public: 0 };
  private constructor(
    private readonly sockets: WebSocket[],
    private readonly latencyOf: LatencyOf,
    private readonly counts?: (data: Buffer) => boolean,
  ) {}

  /** Opens `count` clients; `urlFor` gives the URL for a context; `counts` which frames count (all by default). */
  static async open(
    count: number,
    urlFor: (context: Context) => string,
    latencyOf: LatencyOf,
    counts?: (data: Buffer) => boolean,
  ): Promise<ClientPool> {
    const pool = new ClientPool([], latencyOf, counts);
    const stride = Math.max(1, Math.floor(count / CONTEXTS.length / SAMPLED_PER_CONTEXT));
    const sampled = (index: number) => Math.floor(index / CONTEXTS.length) % stride === 0;
    for (let first = 0; first < count; first += CONNECTING_AT_ONCE) {
      const batch = Array.from({ length: Math.min(CONNECTING_AT_ONCE, count - first) }, (_, i) =>
        pool.connect(CONTEXTS[(first + i) % CONTEXTS.length]!, urlFor, sampled(first + i)),
      );
      await Promise.all(batch);
    }
    return pool;
  }

  reset(): void {
    this.received = 0;
    this.lastReceivedAt = 0;
    this.latencies.length = 0;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(
      this.sockets.map(
        (socket) =>
          new Promise<void>((resolve) => {
            socket.once('close', () => resolve());
            socket.terminate();
          }),
      ),
    );
  }

  private connect(context: Context, urlFor: (context: Context) => string, sampled: boolean): Promise<void> {
    const socket = new WebSocket(urlFor(context), { skipUTF8Validation: true, perMessageDeflate: false });
    this.perContext[context]++;
    socket.on('message', (data: Buffer) => {
      if (this.counts && !this.counts(data)) return;
      this.received++;
      this.lastReceivedAt = performance.now();
      if (sampled) this.measure(String(data));
    });
    socket.on('close', () => {
      if (!this.closing) this.closedByServer++;
    });
    this.sockets.push(socket);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
      socket.once('unexpected-response', (_, response) =>
        reject(new Error(`refused: ${response.statusCode}`)),
      );
    });
  }

  private measure(text: string): void {
    const latency = this.latencyOf(text, this.lastReceivedAt);
    if (latency !== undefined) this.latencies.push(latency);
  }
}
