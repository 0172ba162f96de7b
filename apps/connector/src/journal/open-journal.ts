import { openSqliteJournal } from '@fscon/journal';
import { Journal, type JournalOptions } from './journal';

/**
 * The journal at `path`. When no journal can be opened there (no such folder, not a journal), the live
 * state is still served: the entries go to a journal in memory, and the journal reports itself unhealthy
 * with the reason.
 */
export function openJournal(path: string, options: JournalOptions): Journal {
  try {
    return new Journal(openSqliteJournal({ path }), options);
  } catch (error) {
    const unavailable = `the journal ${path} cannot be opened: ${(error as Error).message}`;
    return new Journal(openSqliteJournal({ path: ':memory:' }), { ...options, unavailable });
  }
}
