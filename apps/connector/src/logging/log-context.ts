import { AsyncLocalStorage } from 'node:async_hooks';

/** What every line logged while handling one HTTP request or one live socket carries. */
export interface LogContext {
  reqId: string;
}

const current = new AsyncLocalStorage<LogContext>();

/** Runs `work` (and everything it starts) as part of the request or socket of `context`. */
export function withLogContext<T>(context: LogContext, work: () => T): T {
  return current.run(context, work);
}

/** The request or socket being handled, if any. */
export function logContext(): LogContext | undefined {
  return current.getStore();
}
