import { Logger } from '@nestjs/common';
import { openSqliteHistory, type SqliteHistoryStore } from '@fscon/history';
import type { AppConfig } from '../../config/app-config';

/**
 * The history file of the configuration. When it cannot be opened the connector still runs: the
 * history is projected into memory from the journal's entries and lost at the stop.
 */
export function openHistoryStore(config: AppConfig): SqliteHistoryStore {
  const { path } = config.history;
  try {
    return openSqliteHistory(path);
  } catch (error) {
    new Logger('History').error(
      `the history ${path} cannot be opened (${(error as Error).message}); it is kept in memory until the stop`,
    );
    return openSqliteHistory(':memory:');
  }
}
