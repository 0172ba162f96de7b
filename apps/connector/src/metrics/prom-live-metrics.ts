import { CONTEXTS, type Context } from '@fscon/contracts';
import type { Registry } from 'prom-client';
import type { EventLag } from './event-lag';
import type { LiveSocketEnd } from '../live/gateway/live-socket';
import type { LiveMetrics, ResumeResult } from './metrics.ports';
import { readCounter, talliedCounter, talliedGauge } from './scraped-instruments';
import { Tally } from './tally';

const DROPS: Record<LiveSocketEnd, string> = { 'not reading': 'not_reading', 'no pong': 'no_pong' };

/** The live WebSocket's instruments: clients, deltas, frames and bytes written, drops, resumes; the lag's end. */
export class PromLiveMetrics implements LiveMetrics {
  private deltas = 0;
  private readonly clients = Tally.of(CONTEXTS);
  private readonly frames = Tally.of(CONTEXTS);
  private readonly bytes = Tally.of(CONTEXTS);
  private readonly drops = new Tally(Object.entries(DROPS).map(([key, label]) => ({ key, label })));
  private readonly resumes = Tally.of(['hit', 'miss', 'current'] satisfies ResumeResult[]);

  constructor(
    registry: Registry,
    private readonly lag: EventLag,
  ) {
    talliedGauge(
      registry,
      {
        name: 'fscon_live_clients',
        help: 'Open /api/live sockets, by the context of their user',
        label: 'context',
      },
      this.clients,
    );
    readCounter(
      registry,
      {
        name: 'fscon_live_deltas_total',
        help: 'Deltas published to the live sockets (each once, whatever the number of clients)',
      },
      () => this.deltas,
    );
    const byContext = (name: string, help: string) => ({ name, help, label: 'context' });
    talliedCounter(
      registry,
      byContext('fscon_live_frames_sent_total', 'Frames (deltas and replies) written to live sockets'),
      this.frames,
    );
    talliedCounter(
      registry,
      byContext('fscon_live_sent_bytes_total', 'Bytes of frames written to live sockets'),
      this.bytes,
    );
    talliedCounter(
      registry,
      {
        name: 'fscon_live_clients_closed_total',
        help: 'Live sockets the server closed: not reading (more than LIVE_QUEUE_BYTES unsent) or no pong',
        label: 'reason',
      },
      this.drops,
    );
    talliedCounter(
      registry,
      {
        name: 'fscon_live_resumes_total',
        help: 'Resumes ({"req":"init","since":N}): hit = the missed deltas sent, miss = a snapshot as they were no longer held, current = nothing missed',
        label: 'result',
      },
      this.resumes,
    );
  }

  deltaPublished(): void {
    this.deltas += 1;
    this.lag.deltaPublished();
  }

  framesWritten(context: Context, frames: number, bytes: number): void {
    this.frames.add(context, frames);
    this.bytes.add(context, bytes);
  }

  turnWritten(): void {
    this.lag.turnWritten();
  }

  clientOpened(context: Context): void {
    this.clients.add(context, 1);
  }

  clientClosed(context: Context): void {
    this.clients.add(context, -1);
  }

  clientDropped(why: LiveSocketEnd): void {
    this.drops.add(why);
  }

  resumed(result: ResumeResult): void {
    this.resumes.add(result);
  }
}
