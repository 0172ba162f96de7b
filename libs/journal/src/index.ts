export type {
  JournalEntry,
  JournalEntryDraft,
  JournalSource,
  JournalSubject,
  JsonValue,
} from './journal-entry';
export type {
  AppendOptions,
  AppendReceipt,
  FlushOutcome,
  JournalHealth,
  JournalStore,
  PruneReport,
  RetentionPolicy,
} from './journal-store';
export {
  openSqliteJournal,
  SqliteJournalStore,
  type SqliteJournalOptions,
} from './sqlite/sqlite-journal-store';
export {
  JetStreamJournalStore,
  openJetStreamJournal,
  type JetStreamJournalOptions,
} from './jetstream/jetstream-journal-store';
