/**
 * How far the connector is behind FreeSWITCH, from probes: commands whose answers come back on the
 * Event Socket behind the events FreeSWITCH wrote before them, so their round trip holds the time those
 * events wait to be read. The lag is the last round trip, or how long the probe under way has been
 * waiting if that is longer (a switch or connector that is stuck never answers).
 */
export class LagProbe {
  private lastRoundTripMs = 0;
  private sentAt: number | undefined;
  /** Counts connections: an answer due on an earlier one is not a measurement. */
  private round = 0;

  constructor(private readonly now: () => number) {}

  /** Sends a probe through `send`, unless one is still waiting for its answer. */
  probe(send: () => Promise<unknown>): void {
    if (this.sentAt !== undefined) return;
    const round = this.round;
    const sentAt = this.now();
    this.sentAt = sentAt;
    send().then(
      () => this.settle(round, this.now() - sentAt),
      () => this.settle(round, undefined),
    );
  }

  currentMs(): number {
    const waitingMs = this.sentAt === undefined ? 0 : this.now() - this.sentAt;
    return Math.max(this.lastRoundTripMs, waitingMs);
  }

  /** A new connection (or none): nothing measured on it yet. */
  reset(): void {
    this.round += 1;
    this.sentAt = undefined;
    this.lastRoundTripMs = 0;
  }

  private settle(round: number, roundTripMs: number | undefined): void {
    if (round !== this.round) return;
    this.sentAt = undefined;
    if (roundTripMs !== undefined) this.lastRoundTripMs = roundTripMs;
  }
}
