import type { LoggerService } from '@nestjs/common';

export type LogLevel = 'log' | 'error' | 'warn' | 'debug' | 'verbose' | 'fatal';

export interface LogEntry {
  level: LogLevel;
  /** The message and every further argument (context, stack), as the logger received them. */
  text: string;
}

/** A stack trace's frame line, as Node writes it. */
const STACK_FRAME = /\n\s+at \S/;

/** A Nest logger that keeps what the connector logs, for tests that check its log. */
export class CapturedLog implements LoggerService {
  readonly entries: LogEntry[] = [];

  log(message: unknown, ...rest: unknown[]): void {
    this.keep('log', message, rest);
  }

  error(message: unknown, ...rest: unknown[]): void {
    this.keep('error', message, rest);
  }

  warn(message: unknown, ...rest: unknown[]): void {
    this.keep('warn', message, rest);
  }

  debug(message: unknown, ...rest: unknown[]): void {
    this.keep('debug', message, rest);
  }

  verbose(message: unknown, ...rest: unknown[]): void {
    this.keep('verbose', message, rest);
  }

  fatal(message: unknown, ...rest: unknown[]): void {
    this.keep('fatal', message, rest);
  }

  /** The entries from index `from` on that are errors or carry a stack trace. */
  faultsSince(from: number): LogEntry[] {
    return this.entries
      .slice(from)
      .filter(({ level, text }) => level === 'error' || level === 'fatal' || STACK_FRAME.test(text));
  }

  private keep(level: LogLevel, message: unknown, rest: unknown[]): void {
    const text = [message, ...rest]
      .map((part) => (part instanceof Error ? `${part.message}\n${part.stack}` : String(part)))
      .join(' ');
    this.entries.push({ level, text });
  }
}
