/** Delays between connection attempts: `initialMs`, doubling up to `maxMs`, back to `initialMs` after reset(). */
export class ReconnectBackoff {
  private nextDelayMs: number;

  constructor(
    private readonly initialMs: number,
    private readonly maxMs: number,
  ) {
    this.nextDelayMs = initialMs;
  }

  /** The delay before the coming attempt; each call doubles the following one. */
  next(): number {
    const delay = this.nextDelayMs;
    this.nextDelayMs = Math.min(delay * 2, this.maxMs);
    return delay;
  }

  /** After a successful connection. */
  reset(): void {
    this.nextDelayMs = this.initialMs;
  }
}
