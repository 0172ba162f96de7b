/**
 * Work FreeSWITCH does after a command has answered (a record thread, a member thread leaving, a prompt
 * ending): run on a later turn of the event loop, in order, or some milliseconds later (sofia's SQL
 * thread); `settled` resolves once nothing is pending.
 */
export class Deferred {
  private readonly queue: Array<() => void> = [];
  private waiters: Array<() => void> = [];
  private scheduled = false;
  private timers = 0;

  later(work: () => void): void {
    this.queue.push(work);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.drain());
  }

  /**
   * Work done `ms` milliseconds from now; work given the same delay runs in the order given. The
   * function returned cancels it while it has not run.
   */
  after(ms: number, work: () => void): () => void {
    this.timers++;
    let pending = true;
    const timer = setTimeout(() => {
      pending = false;
      this.timers--;
      this.later(work);
    }, ms);
    return () => {
      if (!pending) return;
      pending = false;
      clearTimeout(timer);
      this.timers--;
      this.later(() => undefined);
    };
  }

  settled(): Promise<void> {
    if (!this.scheduled && this.timers === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private drain(): void {
    while (this.queue.length > 0) this.queue.shift()?.();
    this.scheduled = false;
    if (this.timers > 0) return;
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((resolve) => resolve());
  }
}
