import { performance } from 'node:perf_hooks';

/**
 * The time from reading an Event Socket event to handing its deltas to the sockets. Everything in
 * between runs synchronously (translation, journal, projection, fan-out) and the frames of a turn are
 * written on the next tick, so the moment an event was read is kept until its first delta is
 * published, and observed when that turn's frames have been written. An event without deltas, and
 * deltas that no event caused (a rebuild, a snapshot), are not measured.
 */
export class EventLag {
  private readAt = -1;
  private readonly published: number[] = [];

  constructor(
    private readonly observe: (seconds: number) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  eventRead(): void {
    this.readAt = this.now();
  }

  eventHandled(): void {
    this.readAt = -1;
  }

  deltaPublished(): void {
    if (this.readAt < 0) return;
    this.published.push(this.readAt);
    this.readAt = -1;
  }

  turnWritten(): void {
    if (this.published.length === 0) return;
    const now = this.now();
    for (const readAt of this.published) this.observe((now - readAt) / 1000);
    this.published.length = 0;
  }
}
