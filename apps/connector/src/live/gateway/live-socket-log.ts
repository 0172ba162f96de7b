import { performance } from 'node:perf_hooks';
import type { Logger } from '@nestjs/common';
import type { User } from '@fscon/contracts';
import { withLogContext, type LogContext } from '../../logging/log-context';
import type { LiveSocketEnd } from './live-socket';

/**
 * The log of one live socket: a line when it opens and when it closes, and its id (`reqId`, given at
 * the upgrade request) on every line logged while one of its messages is handled. Frames sent to it
 * log nothing.
 */
export class LiveSocketLog {
  private readonly opened = performance.now();

  constructor(
    private readonly logger: Logger,
    private readonly context: LogContext,
    readonly user: User,
  ) {}

  /** Runs `work` (a message of the socket) as part of the socket's log context. */
  within<T>(work: () => T): T {
    return withLogContext(this.context, work);
  }

  open(): void {
    this.within(() =>
      this.logger.log({
        msg: `live socket of ${JSON.stringify(this.user.name)} opened`,
        caller: this.user.name,
        callerContext: this.user.context,
      }),
    );
  }

  close(code: number, reason: Buffer): void {
    const durationMs = Math.round(performance.now() - this.opened);
    const text = reason.toString('utf8');
    this.within(() =>
      this.logger.log({
        msg: `live socket of ${JSON.stringify(this.user.name)} closed: ${code}${text ? ` ${text}` : ''}`,
        caller: this.user.name,
        code,
        reason: text,
        durationMs,
      }),
    );
  }

  ended(why: LiveSocketEnd): void {
    this.within(() =>
      this.logger.warn(`closed the live socket of ${JSON.stringify(this.user.name)}: ${why}`),
    );
  }

  failed(error: Error): void {
    this.within(() =>
      this.logger.debug(`live socket of ${JSON.stringify(this.user.name)}: ${error.message}`),
    );
  }
}
