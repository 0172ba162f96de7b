import { EslError } from './esl.errors';

interface Pending {
  resolve(answer: string): void;
  reject(error: EslError): void;
  timer: NodeJS.Timeout;
}

/** Commands waiting for their answer, each with its own deadline. Settling an unknown id does nothing. */
export class PendingCommands {
  private readonly waiting = new Map<string, Pending>();

  /** Waits for `settle(id)`; rejects with ESL.TIMEOUT after `timeoutMs`. */
  track(id: string, timeoutMs: number, description: string): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          this.reject(id, new EslError('ESL.TIMEOUT', `${description}: no answer within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.waiting.set(id, { resolve, reject, timer });
    });
  }

  resolve(id: string, answer: string): void {
    this.take(id)?.resolve(answer);
  }

  reject(id: string, error: EslError): void {
    this.take(id)?.reject(error);
  }

  rejectAll(error: () => EslError): void {
    for (const id of [...this.waiting.keys()]) {
      this.reject(id, error());
    }
  }

  private take(id: string): Pending | undefined {
    const pending = this.waiting.get(id);
    if (pending) {
      clearTimeout(pending.timer);
      this.waiting.delete(id);
    }
    return pending;
  }
}
