import type { ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { CONTEXTS, type Context } from '@fscon/contracts';
import type { SliceLoad } from './fanout-slices';

/**
 * The deltas of the gateway comparison and how they are fired. The benchmark tells a server process over
 * IPC how many deltas to make at once, as a chunk of Event Socket data would, with the time it asked;
 * the server makes the same member deltas (public_conf, seen by every context) carrying that time as
 * `sentAt`, and hands each to its broadcast. A server that falls behind has its delay counted.
 */
interface FireMessage {
  fire: number;
  /** performance.now() in the benchmark's process when it asked. */
  sentAt: number;
}

/** The text of the delta numbered `seq`: a member joins, is muted, leaves. */
function deltaText(seq: number, sentAt: number): string {
  const confid = String(1000 + Math.floor(seq / 3));
  const data = seq % 3 === 0 ? { name: `m${confid}`, id: '20000', confid, mute: false } : confid;
  const event = ['newMember', 'mute', 'delMember'][seq % 3];
  return JSON.stringify({ event, conference: 'public_conf', data, seq, sentAt });
}

/** In a server process: tells the benchmark the port, then broadcasts the deltas it is told to fire. */
export function serveDeltas(port: number, broadcast: (text: string) => void): void {
  let seq = 0;
  process.on('message', ({ fire, sentAt }: FireMessage) => {
    for (let i = 0; i < fire; i++) broadcast(deltaText(seq++, sentAt));
  });
  process.send?.({ port });
}

/** In the benchmark: has a server process fire deltas, each for every client. */
export class DeltaLoad implements SliceLoad {
  readonly visible: Record<Context, number> = { team: 0, friends: 0, public: 0 };

  constructor(private readonly server: ChildProcess) {}

  /** Nothing to prepare: the server makes every delta from nothing. */
  start(): void {}

  fireEvents(count: number): void {
    if (count === 0) return;
    this.server.send({ fire: count, sentAt: performance.now() } satisfies FireMessage);
    for (const context of CONTEXTS) this.visible[context] += count;
  }

  reset(): void {
    for (const context of CONTEXTS) this.visible[context] = 0;
  }

  latencyOf(text: string, receivedAt: number): number {
    return receivedAt - (JSON.parse(text) as { sentAt: number }).sentAt;
  }
}
