const WINDOW_MS = 60_000;

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** At most `perMinute` invitations per caller in any 60 seconds. */
export class InviteRateLimit {
  private readonly sent = new Map<string, number[]>();

  constructor(private readonly perMinute: number) {}

  /** Counts an invitation by `caller` at `now` (ms) when it is within the limit. */
  take(caller: string, now: number): RateDecision {
    const recent = (this.sent.get(caller) ?? []).filter((at) => at > now - WINDOW_MS);
    if (recent.length >= this.perMinute) {
      this.sent.set(caller, recent);
      const oldest = recent[0] ?? now;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + WINDOW_MS - now) / 1000)) };
    }
    this.sent.set(caller, [...recent, now]);
    return { allowed: true };
  }
}
