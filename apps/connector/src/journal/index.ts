export { Journal, type JournalEntry, type JournalListener, type JournalOptions } from './journal';
export { JournalModule } from './journal.module';
