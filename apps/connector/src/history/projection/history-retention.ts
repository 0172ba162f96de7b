import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { SqliteHistoryStore } from '@fscon/history';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

const PRUNE_INTERVAL_MS = 10 * 60 * 1000;
const ROWS_PER_STEP = 200;
const DAY_MS = 86_400_000;

/**
 * Keeps the history within HISTORY_RETENTION_DAYS: sessions that ended longer ago and older audit
 * entries are deleted at start and every ten minutes, a few hundred per event-loop turn.
 */
@Injectable()
export class HistoryRetention implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('History');
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly store: SqliteHistoryStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    void this.prune();
    this.timer = setInterval(() => void this.prune(), PRUNE_INTERVAL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  private async prune(): Promise<void> {
    const before = Date.now() - this.config.history.retentionDays * DAY_MS;
    let deleted = 0;
    for (let step = ROWS_PER_STEP; step >= ROWS_PER_STEP && !this.stopped;) {
      step = this.store.prune(before, ROWS_PER_STEP);
      deleted += step;
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (deleted > 0) this.logger.log(`pruned ${deleted} history sessions and audit entries`);
  }
}
