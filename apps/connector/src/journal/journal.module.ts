import { Global, Logger, Module } from '@nestjs/common';
import { Journal, type JournalEntry } from './journal';

function createJournal(): Journal {
  const logger = new Logger('Journal');
  return new Journal({
    onListenerError: (error: unknown, entry: JournalEntry) =>
      logger.error(`a subscriber failed on ${entry.event.type} #${entry.seq}: ${(error as Error).message}`),
  });
}

/** The one journal of the live domain events; global, so command handlers can append to it. */
@Global()
@Module({
  providers: [{ provide: Journal, useFactory: createJournal }],
  exports: [Journal],
})
export class JournalModule {}
