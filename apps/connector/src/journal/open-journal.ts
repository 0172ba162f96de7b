import { openJetStreamJournal, openSqliteJournal, type RetentionPolicy } from '@fscon/journal';
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
    return inMemoryStandIn(`the journal ${path} cannot be opened: ${(error as Error).message}`, options);
  }
}

/** The journal in the JetStream stream `stream` at `url`; a stand-in in memory when it cannot be reached. */
export async function openSharedJournal(
  nats: { url: string; stream: string },
  retention: RetentionPolicy,
  options: JournalOptions,
): Promise<Journal> {
  try {
    return new Journal(await openJetStreamJournal({ ...nats, retention }), options);
  } catch (error) {
    const reason = `the journal stream ${nats.stream} at ${nats.url} cannot be opened: ${(error as Error).message}`;
    return inMemoryStandIn(reason, options);
  }
}

function inMemoryStandIn(unavailable: string, options: JournalOptions): Journal {
  return new Journal(openSqliteJournal({ path: ':memory:' }), { ...options, unavailable });
}
