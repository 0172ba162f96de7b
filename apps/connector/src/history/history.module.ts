import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { SqliteHistoryStore } from '@fscon/history';
import { APP_CONFIG } from '../config/app-config';
import { AuditController } from './controllers/audit.controller';
import { FriendsHistoryController } from './controllers/friends-history.controller';
import { HistoryController } from './controllers/history.controller';
import { HistoryAnswers } from './history-answers';
import { HistoryFollower } from './projection/history-follower';
import { HistoryRetention } from './projection/history-retention';
import { openHistoryStore } from './projection/open-history-store';

const projection = [HistoryFollower, HistoryRetention];

/**
 * Conference history and audit log: projected from the journal into their own SQLite file beside it
 * (HISTORY_RETENTION_DAYS), answered by `/api/history/**`, `/api/audit` and `/fr/history/**`.
 * Needs the global Journal, APP_CONFIG and XmlStateReadModel.
 */
@Module({
  controllers: [HistoryController, FriendsHistoryController, AuditController],
  providers: [
    { provide: SqliteHistoryStore, useFactory: openHistoryStore, inject: [APP_CONFIG] },
    HistoryAnswers,
    ...projection,
  ],
})
export class HistoryModule implements OnApplicationShutdown {
  constructor(@Inject(SqliteHistoryStore) private readonly store: SqliteHistoryStore) {}

  /** After the follower projected what was left. */
  onApplicationShutdown(): void {
    this.store.close();
  }
}
