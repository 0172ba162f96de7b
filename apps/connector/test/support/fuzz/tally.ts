/** How often each outcome came up, per route: the fuzz run's summary. */
export class Tally {
  private readonly counts = new Map<string, Map<string, number>>();

  add(route: string, outcome: string): void {
    const row = this.counts.get(route) ?? new Map<string, number>();
    row.set(outcome, (row.get(outcome) ?? 0) + 1);
    this.counts.set(route, row);
  }

  get total(): number {
    return [...this.counts.values()].reduce(
      (sum, row) => sum + [...row.values()].reduce((a, b) => a + b, 0),
      0,
    );
  }

  /** One line per route: the number of requests, then each outcome with its count, most frequent first. */
  table(): string {
    const width = Math.max(...[...this.counts.keys()].map((route) => route.length), 5);
    const lines = [...this.counts.entries()].map(([route, row]) => {
      const total = [...row.values()].reduce((a, b) => a + b, 0);
      const outcomes = [...row.entries()]
        .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
        .map(([outcome, count]) => `${outcome}×${count}`)
        .join('  ');
      return `${route.padEnd(width)}  ${String(total).padStart(5)}  ${outcomes}`;
    });
    return [
      `${'route'.padEnd(width)}  tried  outcomes`,
      ...lines,
      `${'total'.padEnd(width)}  ${String(this.total).padStart(5)}`,
    ].join('\n');
  }
}
