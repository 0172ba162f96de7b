import { MEMBER_AUDIO_DEFAULTS } from '@fscon/live-state';
import { openSqliteHistory } from '@fscon/history';
import { openSqliteJournal } from '@fscon/journal';
import type { LiveEvent } from '@fscon/live-state';
import { Journal } from '../../journal';
import { ENTRIES_PER_TURN, HistoryFollower } from './history-follower';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const joined = (conference: string, confid: number): LiveEvent => ({
  type: 'MemberJoined',
  data: {
    conference,
    member: { name: 'Alice', id: '20000', confid: String(confid), mute: false, ...MEMBER_AUDIO_DEFAULTS },
  },
});

describe('HistoryFollower', () => {
  it('catches up with the journal a batch per turn, then follows every entry appended', async () => {
    // given a journal with more entries than one turn projects
    const journal = new Journal(openSqliteJournal({ path: ':memory:' }), { onListenerError: jest.fn() });
    journal.append(Array.from({ length: ENTRIES_PER_TURN + 10 }, (_, i) => joined('3000', i)));
    const store = openSqliteHistory(':memory:');
    const follower = new HistoryFollower(journal, store);
    // when it starts
    follower.onModuleInit();
    await nextTurn();
    const afterOneTurn = follower.lastSeq;
    await nextTurn();
    // and another conference starts
    journal.append([joined('3100', 1)]);
    await nextTurn();
    // then the first turn projected one batch, the next the rest, and the new run followed
    expect([afterOneTurn, follower.lastSeq]).toEqual([ENTRIES_PER_TURN, ENTRIES_PER_TURN + 11]);
    expect(store.reads.sessions({}, { offset: 0 }).rows.map((s) => [s.conference, s.participants])).toEqual([
      ['3100', 1],
      ['3000', ENTRIES_PER_TURN + 10],
    ]);
    follower.onModuleDestroy();
    expect(store.owner()).toBeUndefined();
    store.close();
    await journal.close();
  });

  it('leaves the stored history alone while the journal is a stand-in in memory', async () => {
    // given a stored history, and a journal whose file could not be opened
    const store = openSqliteHistory(':memory:');
    store.reset('the-real-journal');
    const standIn = new Journal(openSqliteJournal({ path: ':memory:' }), {
      onListenerError: jest.fn(),
      unavailable: 'no such folder',
    });
    // when the follower starts and entries come
    const follower = new HistoryFollower(standIn, store);
    follower.onModuleInit();
    standIn.append([joined('3000', 1)]);
    await nextTurn();
    follower.onModuleDestroy();
    // then the history still belongs to the real journal and holds nothing of the stand-in's
    expect([store.position().epoch, store.reads.sessions({}, { offset: 0 }).total]).toEqual([
      'the-real-journal',
      0,
    ]);
    store.close();
    await standIn.close();
  });
});
