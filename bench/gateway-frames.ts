import { performance } from 'node:perf_hooks';
import type { ChildProcess } from 'node:child_process';
import { CONTEXTS, type Context } from '@fscon/contracts';
import type { SliceLoad } from './fanout-slices';

/**
 * The frames of the gateway comparison and how they are fired. Each server process makes the same
 * member deltas (public_conf, seen by every context), stamped with the time it made them, and hands each
 * to its broadcast; the benchmark tells it over IPC how many to make at once, as a chunk of Event Socket
 * data would.
 */

/** Milliseconds on the machine's monotonic clock (CLOCK_MONOTONIC), the same in every process. */
function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

interface FireMessage {
  fire: number;
}

/** The text of the delta numbered `seq`: a member joins, is muted, leaves; `sentAt` is now. */
function deltaText(seq: number): string {
  const confid = String(1000 + Math.floor(seq / 3));
  const data = seq % 3 === 0 ? { name: `m${confid}`, id: '20000', confid, mute: false } : confid;
  const event = ['newMember', 'mute', 'delMember'][seq % 3];
  return JSON.stringify({ event, conference: 'public_conf', data, seq, sentAt: monotonicMs() });
}

/** In a server process: tells the benchmark the port, then broadcasts the deltas it is told to fire. */
export function serveDeltas(port: number, broadcast: (text: string) => void): void {
  let seq = 0;
  process.on('message', ({ fire }: FireMessage) => {
    for (let i = 0; i < fire; i++) broadcast(deltaText(seq++));
  });
  process.send?.({ port });
}

/** In the benchmark: has a server process fire deltas, each for every client. */
export class DeltaLoad implements SliceLoad {
  readonly visible: Record<Context, number> = { team: 0, friends: 0, public: 0 };
  /** monotonicMs() at performance.now() = 0: both count from the same clock in this process. */
  private readonly origin = monotonicMs() - performance.now();

  constructor(private readonly server: ChildProcess) {}

  /** Nothing to prepare: the server makes every delta from nothing. */
  start(): void {}

  fireEvents(count: number): void {
    if (count === 0) return;
    this.server.send({ fire: count } satisfies FireMessage);
    for (const context of CONTEXTS) this.visible[context] += count;
  }

  reset(): void {
    for (const context of CONTEXTS) this.visible[context] = 0;
  }

  latencyOf(text: string, receivedAt: number): number {
    return this.origin + receivedAt - (JSON.parse(text) as { sentAt: number }).sentAt;
  }
}
