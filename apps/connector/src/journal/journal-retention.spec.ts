import { openSqliteJournal } from '@fscon/journal';
import { loadConfig } from '../config/load-config';
import { Journal } from './journal';
import { JournalRetention } from './journal-retention';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('JournalRetention', () => {
  it('prunes the entries older than JOURNAL_RETENTION_DAYS when it starts', async () => {
    // given a journal with an entry from long ago and one from now
    const store = openSqliteJournal({ path: ':memory:' });
    const journal = new Journal(store, { onListenerError: jest.fn() });
    journal.record({ time: 0, kind: 'connection.up', source: { type: 'connector' }, payload: {} });
    journal.record({ time: Date.now(), kind: 'connection.down', source: { type: 'connector' }, payload: {} });
    await nextTurn();
    // when the retention starts with a maximum age of one day
    const retention = new JournalRetention(journal, loadConfig({ JOURNAL_RETENTION_DAYS: '1' }));
    retention.onModuleInit();
    while (store.firstSeq === 1) await nextTurn();
    retention.onModuleDestroy();
    // then only the recent entry is left
    expect(store.readAfter(0, 10).map((entry) => entry.kind)).toEqual(['connection.down']);
    await journal.close();
  });
});
