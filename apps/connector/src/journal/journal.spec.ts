import { openSqliteJournal, type JournalEntry as StoredEntry, type JournalStore } from '@fscon/journal';
import type { LiveEvent } from '@fscon/live-state';
import { Journal, type JournalEntry } from './journal';
import { entryKind, liveEntryDraft } from './live-entry-draft';

const locked = (conference: string): LiveEvent => ({ type: 'ConferenceLocked', data: { conference } });
const unlocked = (conference: string): LiveEvent => ({ type: 'ConferenceUnlocked', data: { conference } });

function journal(onListenerError = jest.fn(), store: JournalStore = openSqliteJournal({ path: ':memory:' })) {
  return new Journal(store, { onListenerError });
}

describe('Journal', () => {
  it('numbers the events in order and publishes them to every subscriber', () => {
    const log = journal();
    const first: JournalEntry[] = [];
    const second: JournalEntry[] = [];
    log.subscribe((entry) => first.push(entry));
    log.subscribe((entry) => second.push(entry));
    const appended = log.append([locked('a'), unlocked('a')]);
    log.append([locked('b')]);
    expect(appended.map((e) => e.seq)).toEqual([1, 2]);
    expect(first.map((e) => [e.seq, e.event.type])).toEqual([
      [1, 'ConferenceLocked'],
      [2, 'ConferenceUnlocked'],
      [3, 'ConferenceLocked'],
    ]);
    expect(second).toEqual(first);
    expect(log.seq).toBe(3);
  });

  it('keeps each live event in its store with kind, source, conference and the event itself', async () => {
    // given a journal on a store
    const store = openSqliteJournal({ path: ':memory:' });
    const log = journal(jest.fn(), store);
    // when a live event is appended and its turn has ended
    log.append([locked('a')]);
    await new Promise((resolve) => setImmediate(resolve));
    // then the store holds it, written
    expect(store.readAfter(0, 10)).toEqual([
      {
        seq: 1,
        time: expect.any(Number),
        kind: 'conference.locked',
        source: { type: 'freeswitch', node: 'default' },
        subject: { type: 'conference', name: 'a' },
        payload: locked('a'),
      },
    ]);
    expect(log.health()).toEqual({ ok: true });
    expect(log.epoch).toBe(store.epoch);
  });

  it("keeps an xmlState rebuild as xmlstate.rebuilt of the connector, with the conferences' visibility", async () => {
    const store = openSqliteJournal({ path: ':memory:' });
    const conferences = [{ name: 'room', num: '30000', context: 'team' as const, type: '16kHz-novideo' }];
    journal(jest.fn(), store).append([{ type: 'XmlStateRebuilt', data: { conferences } }]);
    expect(store.readAfter(0, 10)).toEqual([
      {
        seq: 1,
        time: expect.any(Number),
        kind: 'xmlstate.rebuilt',
        source: { type: 'connector' },
        payload: { conferences },
      },
    ]);
  });

  it('reads back the live events of a page of entries, leaving the others out', () => {
    const log = journal();
    log.append([locked('a')]);
    log.record({
      time: 0,
      kind: 'connection.up',
      source: { type: 'freeswitch', node: 'default' },
      payload: {},
    });
    log.append([{ type: 'XmlStateRebuilt', data: { conferences: [] } }, unlocked('a')]);
    expect(log.readLiveAfter(0, 3)).toEqual({
      events: [
        { seq: 1, event: locked('a') },
        { seq: 3, event: { type: 'XmlStateRebuilt', data: { conferences: [] } } },
      ],
      through: 3,
    });
    expect(log.readLiveAfter(3, 10)).toEqual({ events: [{ seq: 4, event: unlocked('a') }], through: 4 });
    expect(log.firstSeq).toBe(1);
  });

  it('stores a recorded entry without publishing it, and numbers the next event after it', () => {
    // given a subscriber
    const log = journal();
    const seen: number[] = [];
    log.subscribe((entry) => seen.push(entry.seq));
    // when an entry is recorded, then an event appended
    log.record({ time: 1, kind: 'connection.up', source: { type: 'connector' }, payload: {} });
    log.append([locked('a')]);
    // then only the event was published, with the seq after the recorded one
    expect(seen).toEqual([2]);
  });

  it('stores durable entries without publishing them and says once they are written', async () => {
    const store = openSqliteJournal({ path: ':memory:' });
    const log = journal(jest.fn(), store);
    const seen: number[] = [];
    log.subscribe((entry) => seen.push(entry.seq));
    const draft = { time: 1, kind: 'user.added', source: { type: 'admin', user: 'a' } as const, payload: {} };
    expect(await log.recordDurable([draft])).toEqual({ durable: true });
    expect(store.readAfter(0, 10).map((entry) => entry.kind)).toEqual(['user.added']);
    expect(seen).toEqual([]);
  });

  it('says durable entries are not durable when its file could not be opened', async () => {
    const log = new Journal(openSqliteJournal({ path: ':memory:' }), {
      onListenerError: jest.fn(),
      unavailable: 'no such folder',
    });
    const draft = { time: 1, kind: 'config.stored', source: { type: 'connector' } as const, payload: {} };
    expect(await log.recordDurable([draft])).toEqual({ durable: false, reason: 'no such folder' });
  });

  it('tells onAppended listeners of appended and recorded entries, which readAfter then reads', () => {
    // given a listener that reads what came after the entries it has seen
    const log = journal();
    const read: string[] = [];
    log.onAppended(() => read.push(...log.readAfter(read.length, 10).map((entry) => entry.kind)));
    // when a live event is appended and an entry recorded
    log.append([locked('a')]);
    log.record({ time: 1, kind: 'connection.up', source: { type: 'connector' }, payload: {} });
    // then it read both, in order
    expect(read).toEqual(['conference.locked', 'connection.up']);
    expect(log.firstSeq).toBe(1);
  });

  it('publishes an event the store refuses, with the seq of the last entry kept', () => {
    // given a store that keeps at most one entry waiting
    const log = journal(jest.fn(), openSqliteJournal({ path: ':memory:', maxUnwritten: 1 }));
    const seen: [number, string][] = [];
    log.subscribe((entry) => seen.push([entry.seq, entry.event.type]));
    // when two events come in one turn
    log.append([locked('a')]);
    log.append([unlocked('a')]);
    // then both were published, the refused one under the last seq given out
    expect(seen).toEqual([
      [1, 'ConferenceLocked'],
      [1, 'ConferenceUnlocked'],
    ]);
  });

  it('reports itself unhealthy with the reason when its file could not be opened', () => {
    const store = openSqliteJournal({ path: ':memory:' });
    const log = new Journal(store, { onListenerError: jest.fn(), unavailable: 'no such folder' });
    expect(log.health()).toEqual({ ok: false, reason: 'no such folder', unwritten: 0, dropped: 0 });
  });

  it('lets a subscriber append while publishing, and every subscriber still sees the order of seq', () => {
    const log = journal();
    const seen: Record<string, number[]> = { a: [], b: [] };
    log.subscribe((entry) => {
      seen.a.push(entry.seq);
      if (entry.seq === 1) log.append([unlocked('x')]);
    });
    log.subscribe((entry) => seen.b.push(entry.seq));
    log.append([locked('x')]);
    expect(seen).toEqual({ a: [1, 2], b: [1, 2] });
  });

  it('stops publishing to a listener that unsubscribed', () => {
    const log = journal();
    const seen: number[] = [];
    const unsubscribe = log.subscribe((entry) => seen.push(entry.seq));
    log.append([locked('a')]);
    unsubscribe();
    log.append([locked('b')]);
    expect(seen).toEqual([1]);
  });

  it('publishes the live events another replica appended to a shared store, and tells onAppended', () => {
    // given a journal on a store that other writers share
    const store = openSqliteJournal({ path: ':memory:' });
    let fromOthers: (entries: readonly StoredEntry[]) => void = () => undefined;
    const shared: JournalStore = Object.assign(Object.create(store) as JournalStore, {
      onEntriesFromOthers: (listener: typeof fromOthers) => {
        fromOthers = listener;
        return () => undefined;
      },
    });
    const log = journal(jest.fn(), shared);
    const seen: JournalEntry[] = [];
    const told = jest.fn();
    log.subscribe((entry) => seen.push(entry));
    log.onAppended(told);
    // when another replica's live event and connection entry come in
    const draft = liveEntryDraft(locked('a'), 1);
    fromOthers([
      { ...draft, seq: 7 },
      { time: 1, kind: 'connection.up', source: { type: 'connector' }, payload: {}, seq: 8 },
    ]);
    // then the live event is published under its seq, and onAppended was told
    expect(seen).toEqual([{ seq: 7, event: locked('a') }]);
    expect(told).toHaveBeenCalledTimes(1);
  });

  it('reports a failing listener and still delivers to the others', () => {
    const onError = jest.fn();
    const log = journal(onError);
    const seen: number[] = [];
    log.subscribe(() => {
      throw new Error('boom');
    });
    log.subscribe((entry) => seen.push(entry.seq));
    log.append([locked('a'), locked('b')]);
    expect(seen).toEqual([1, 2]);
    expect(onError).toHaveBeenCalledTimes(2);
    expect(onError.mock.calls[0][1]).toMatchObject({ seq: 1 });
  });
});

describe('entryKind', () => {
  it('names an event type in dotted lower case', () => {
    expect(entryKind('MemberJoined')).toBe('member.joined');
    expect(entryKind('RegistrationsRebuilt')).toBe('registrations.rebuilt');
  });
});
