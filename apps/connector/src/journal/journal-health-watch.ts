import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { JournalHealth } from '@fscon/journal';
import { Journal } from './journal';

const CHECK_INTERVAL_MS = 1000;

/** What the log says about the journal's health, or undefined when it has nothing new to say. */
export function healthChange(before: JournalHealth, now: JournalHealth): string | undefined {
  if (now.ok) return before.ok ? undefined : 'the journal is written again';
  if (!before.ok && before.reason === now.reason) return undefined;
  return `the journal cannot be written (${now.reason}); the live state is served from memory`;
}

/**
 * Watches the journal's health: the log says when it stops being written, why, and when it is written
 * again, once per change. The live state does not depend on it; readiness does.
 */
@Injectable()
export class JournalHealthWatch implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Journal');
  private last: JournalHealth = { ok: true };
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly journal: Journal) {}

  onModuleInit(): void {
    this.check();
    this.timer = setInterval(() => this.check(), CHECK_INTERVAL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Whether the journal's entries reach its file. */
  isWritable(): boolean {
    return this.check().ok;
  }

  private check(): JournalHealth {
    const now = this.journal.health();
    const change = healthChange(this.last, now);
    this.last = now;
    if (change === undefined) return now;
    if (now.ok) this.logger.log(change);
    else this.logger.error(change);
    return now;
  }
}
