import type { LiveEvent } from '@fscon/live-state';
import { Journal, type JournalEntry } from './journal';

const locked = (conference: string): LiveEvent => ({ type: 'ConferenceLocked', data: { conference } });
const unlocked = (conference: string): LiveEvent => ({ type: 'ConferenceUnlocked', data: { conference } });

function journal(onListenerError = jest.fn()): Journal {
  return new Journal({ onListenerError });
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
