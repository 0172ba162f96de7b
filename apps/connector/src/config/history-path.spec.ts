import { historyPath } from './history-path';

describe('historyPath', () => {
  it('puts the history beside the journal, in memory when the journal is', () => {
    expect(historyPath('/var/lib/fscon/journal.sqlite')).toBe('/var/lib/fscon/journal.history.sqlite');
    expect(historyPath('/data/events')).toBe('/data/events.history.sqlite');
    expect(historyPath(':memory:')).toBe(':memory:');
  });
});
