import { openSqliteHistory } from '@fscon/history';
import { projected } from '../../../../libs/history/src/test-support/collected-history';
import { EntryLog } from '../../../../libs/history/src/test-support/history-entries';
import { joined, member } from '../../../../libs/live-state/src/test-support/live-builders';
import { readModelWith } from '../recordings/test-support/recordings-fixtures';
import { HistoryAnswers } from './history-answers';

describe('HistoryAnswers', () => {
  it('finds a session the journal gave no number by the number its answer shows', () => {
    // given a run of friends_conf journaled before any configuration was
    const store = openSqliteHistory(':memory:');
    const run = new EntryLog().live(joined('friends_conf', member('1', '21000', 'Fred')));
    store.commit(projected(run.entries), 1, store.state().configured);
    const answers = new HistoryAnswers(store, readModelWith());
    const found = (name: string) =>
      answers.sessions('team', { name }, 1).sessions.map((s) => [s.conference, s.num, s.context]);
    // then part of its current number finds it, as its name does, and another number does not
    expect([found('3100'), found('FRIENDS'), found('3000')]).toEqual([
      [['friends_conf', '31000', 'friends']],
      [['friends_conf', '31000', 'friends']],
      [],
    ]);
    store.close();
  });
});
