import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Journal } from './journal';

const PRUNE_INTERVAL_MS = 10 * 60 * 1000;

/**
 * Keeps the journal within JOURNAL_RETENTION_DAYS and JOURNAL_MAX_BYTES: prunes it at start and every ten
 * minutes. The store prunes in steps of about 2 ms each, so the live state is not held up.
 */
@Injectable()
export class JournalRetention implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Journal');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly journal: Journal,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    void this.prune();
    this.timer = setInterval(() => void this.prune(), PRUNE_INTERVAL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  private async prune(): Promise<void> {
    const report = await this.journal.prune(this.config.journal.retention);
    if (report.deleted > 0) {
      this.logger.log(
        `pruned ${report.deleted} journal entries (${report.reclaimedBytes} bytes), longest step ${report.longestStepMs.toFixed(1)} ms`,
      );
    }
  }
}
