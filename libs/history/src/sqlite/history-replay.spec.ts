import type { JournalEntry } from '@fscon/journal';
import { emptyConference, type ConferenceState } from '@fscon/live-state';
import { EntryLog } from '../test-support/history-entries';
import { ended, joined, member } from '../../../live-state/src/test-support/live-builders';
import { HistoryReplay, type JournalReader } from './history-replay';
import { openSqliteHistory } from './sqlite-history-store';

const T0 = Date.UTC(2026, 11, 1, 9);

function journalOf(entries: readonly JournalEntry[], epoch = 'e1'): JournalReader {
  return {
    epoch,
    firstSeq: entries[0]?.seq ?? 1,
    readAfter: (seq, limit) => entries.filter((e) => e.seq > seq).slice(0, limit),
  };
}

/** Runs of 3000, 3100 and friends_conf, in that order, a member each, then a user added. */
function threeRuns(): EntryLog {
  const log = new EntryLog(T0);
  for (const name of ['3000', '3100', 'friends_conf'])
    log.live(joined(name, member('1', '20000', '20000')), ended(name));
  return log.admin('user.added', 'defaultuser', { op: 'users/add', before: null, after: { id: '9' } });
}

const sessionIds = (store: ReturnType<typeof openSqliteHistory>, filter = {}) =>
  store.reads.sessions(filter, { offset: 0 }).rows.map((row) => row.session);

describe('HistoryReplay into the SQLite history', () => {
  it('stores the sessions newest first and answers filters by name, time and conference', () => {
    const store = openSqliteHistory(':memory:');
    const replay = new HistoryReplay(store, journalOf(threeRuns().entries));
    while (replay.step(2) > 0);
    expect(sessionIds(store)).toEqual(['5', '3', '1']);
    expect(sessionIds(store, { name: '00' })).toEqual(['3', '1']);
    expect(sessionIds(store, { from: T0 + 1500, to: T0 + 2500 })).toEqual(['3']);
    expect(sessionIds(store, { conferences: ['friends_conf'] })).toEqual(['5']);
    expect(store.reads.sessions({}, { offset: 1, limit: 1 })).toMatchObject({
      total: 3,
      rows: [{ session: '3' }],
    });
    expect(store.reads.session('3')?.participants).toMatchObject([{ name: '20000', leftAt: T0 + 3000 }]);
    expect(store.reads.audit({ actor: 'defaultuser' }, { offset: 0 }).rows).toMatchObject([
      { seq: 7, kind: 'user.added', after: { id: '9' } },
    ]);
    store.close();
  });

  it('goes on after the stored position, and starts again from the first entry of a new journal', () => {
    // given a store that projected the first half of the entries
    const { entries } = threeRuns();
    const store = openSqliteHistory(':memory:');
    const first = new HistoryReplay(store, journalOf(entries.slice(0, 3)));
    while (first.step(100) > 0);
    // when the projection starts again on the whole journal, and later on another journal
    const again = new HistoryReplay(store, journalOf(entries));
    while (again.step(100) > 0);
    const stored = sessionIds(store);
    const resumed = store.reads.session('3');
    const other = new HistoryReplay(store, journalOf(entries.slice(0, 2), 'e2'));
    while (other.step(100) > 0);
    // then the first goes on from entry 3, the second starts over
    expect([again.start, stored]).toEqual([{ from: 'stored', lastSeq: 3 }, ['5', '3', '1']]);
    expect(resumed).toMatchObject({
      session: { endedAt: T0 + 3000, peakMembers: 1 },
      participants: [{ joinedAt: T0 + 2000, leftAt: T0 + 3000 }],
    });
    expect(other.start).toEqual({ from: 'first entry', reason: "the journal's epoch changed from e1" });
    expect(sessionIds(store)).toEqual(['1']);
    store.close();
  });

  it('stores every session a reconnect finds running, each with its members', () => {
    // given a reconnect that found two conferences running
    const found = (name: string, confid: string): ConferenceState => ({
      ...emptyConference(name),
      memcount: 1,
      members: [member(confid, '20000', name)],
    });
    const log = new EntryLog(T0).live({
      type: 'ConferencesRebuilt',
      data: { conferences: [found('team_g722', '1'), found('friends_conf', '2')] },
    });
    const store = openSqliteHistory(':memory:');
    const replay = new HistoryReplay(store, journalOf(log.entries));
    while (replay.step(100) > 0);
    // then both are listed and the second is found by its id
    expect(sessionIds(store)).toEqual(['1.2', '1']);
    expect(store.reads.session('1.2')).toMatchObject({
      session: { conference: 'friends_conf' },
      participants: [{ session: '1.2', name: 'friends_conf' }],
    });
    store.close();
  });

  it('keeps every member a reconnect finds in one conference, in the order FreeSWITCH listed them', () => {
    // given a reconnect that found one conference with three members
    const members = [member('2', '20000', 'ann'), member('10', '20001', 'bob'), member('9', '21000', 'eve')];
    const log = new EntryLog(T0).live({
      type: 'ConferencesRebuilt',
      data: { conferences: [{ ...emptyConference('team_g722'), memcount: 3, members }] },
    });
    const store = openSqliteHistory(':memory:');
    const replay = new HistoryReplay(store, journalOf(log.entries));
    while (replay.step(100) > 0);
    // then the session has all three, not only the last one listed
    expect(store.reads.session('1')?.participants.map((p) => p.name)).toEqual(['ann', 'eve', 'bob']);
    store.close();
  });

  it('prunes sessions that ended and audit entries older than a time', () => {
    const store = openSqliteHistory(':memory:');
    const replay = new HistoryReplay(store, journalOf(threeRuns().entries));
    while (replay.step(100) > 0);
    expect(store.prune(T0 + 4000, 100)).toBe(2);
    expect(sessionIds(store)).toEqual(['5']);
    expect(store.reads.session('1')).toBeUndefined();
    store.close();
  });
});
