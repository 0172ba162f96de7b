/**
 * Work FreeSWITCH does after a command has answered (a record thread, a member thread leaving, a prompt
 * ending): run on a later turn of the event loop, in order; `settled` resolves once nothing is pending.
 */
export class Deferred {
  private readonly queue: Array<() => void> = [];
  private waiters: Array<() => void> = [];
  private scheduled = false;

  later(work: () => void): void {
    this.queue.push(work);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.drain());
  }

  settled(): Promise<void> {
    if (!this.scheduled) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private drain(): void {
    while (this.queue.length > 0) this.queue.shift()?.();
    this.scheduled = false;
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((resolve) => resolve());
  }
}
