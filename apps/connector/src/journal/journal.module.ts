import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Journal, type JournalEntry } from './journal';
import { JournalHealthWatch } from './journal-health-watch';
import { JournalRetention } from './journal-retention';
import { openJournal, openSharedJournal } from './open-journal';

function createJournal(config: AppConfig): Journal | Promise<Journal> {
  const logger = new Logger('Journal');
  const options = {
    onListenerError: (error: unknown, entry: JournalEntry) =>
      logger.error(`a subscriber failed on ${entry.event.type} #${entry.seq}: ${(error as Error).message}`),
  };
  const { path, retention, nats } = config.journal;
  return nats === undefined ? openJournal(path, options) : openSharedJournal(nats, retention, options);
}

/** The one journal of the live domain events; global, so command handlers can append to it. */
@Global()
@Module({
  providers: [
    { provide: Journal, useFactory: createJournal, inject: [APP_CONFIG] },
    JournalHealthWatch,
    JournalRetention,
  ],
  exports: [Journal, JournalHealthWatch],
})
export class JournalModule implements OnApplicationShutdown {
  constructor(@Inject(Journal) private readonly journal: Journal) {}

  /** After every module stopped appending: what still waits is written. */
  onApplicationShutdown(): Promise<void> {
    return this.journal.close();
  }
}
