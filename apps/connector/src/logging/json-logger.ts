import type { LoggerService } from '@nestjs/common';
import pino, { type DestinationStream, type Level, type Logger } from 'pino';
import { logContext } from './log-context';
import type { LogLevelName } from './log-levels';
import { REDACTED_PATHS } from './redacted-paths';

/** A stack trace's frame line, as Node writes it: how Nest's `error(message, stack)` is told apart. */
const STACK_FRAME = /\n\s+at \S/;

/**
 * The connector's log as JSON lines (pino): `time` (ISO 8601, UTC), `level` (its name), `context` (the
 * Nest logger's), `reqId` while an HTTP request or live socket is handled, the fields a call site gives
 * as an object, an error under `err` (with its stack), and `msg`. Set as the Nest application's logger,
 * every `new Logger(context)` call site writes through it.
 */
export class JsonLogger implements LoggerService {
  private readonly root: Logger;
  private readonly byContext = new Map<string, Logger>();

  /** `destination`: stdout, written synchronously (as Nest's console logger does), unless given. */
  constructor(
    level: LogLevelName,
    destination: DestinationStream = pino.destination({ dest: 1, sync: true }),
  ) {
    this.root = pino(
      {
        level,
        base: null,
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
        // pino merges each line's fields into the object the mixin returns: never the context itself.
        mixin: () => ({ ...logContext() }),
        redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      },
      destination,
    );
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  /** Nest's calls: (message, ...fields or a stack, context last when a Logger has one). */
  private write(level: Level, message: unknown, params: unknown[]): void {
    const logger = this.forContext(typeof params.at(-1) === 'string' ? (params.pop() as string) : undefined);
    if (!logger.isLevelEnabled(level)) return;
    const fields: Record<string, unknown> = {};
    for (const param of params) {
      if (typeof param === 'string' && STACK_FRAME.test(param)) fields.err = { stack: param };
      else if (param instanceof Error) fields.err = param;
      else if (typeof param === 'object' && param !== null) Object.assign(fields, param);
    }
    if (message instanceof Error) logger[level]({ ...fields, err: message }, message.message);
    else if (typeof message === 'object' && message !== null) logger[level]({ ...fields, ...message });
    else logger[level](fields, String(message));
  }

  private forContext(context: string | undefined): Logger {
    if (context === undefined) return this.root;
    let logger = this.byContext.get(context);
    if (!logger) this.byContext.set(context, (logger = this.root.child({ context })));
    return logger;
  }
}
