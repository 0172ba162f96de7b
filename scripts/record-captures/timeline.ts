/** The human-readable timeline of a capture session, one `[<iso time> +<ms since start>ms] <text>` per line. */
export class Timeline {
  readonly lines: string[] = [];
  private readonly start = Date.now();

  add(text: string): void {
    const now = Date.now();
    const since = String(now - this.start).padStart(6);
    this.lines.push(`[${new Date(now).toISOString()} +${since}ms] ${text}`);
  }

  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
