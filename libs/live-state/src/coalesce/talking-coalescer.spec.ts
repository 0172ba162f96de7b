import type { LiveEvent } from '../model/live-event';
import {
  ended,
  joined,
  left,
  member,
  muted,
  stoppedTalking,
  talking,
  unmuted,
} from '../test-support/live-builders';
import {
  NO_TALKERS,
  TALKING_WINDOW_MS,
  coalesceTalking,
  flushTalking,
  nextTalkingFlush,
  type TalkingCoalescence,
} from './talking-coalescer';

const C = 'team';
const anna = member('1', '20000', 'anna');
const ben = member('2', '20001', 'ben');

/** Events arriving at a time, in ms. */
type Arrival = [at: number, ...events: LiveEvent[]];

/**
 * given: what arrived when; when: the clock runs to `until`, each held state flushed when it is due;
 * then: what was appended, with the time it was.
 */
function given(...arrivals: Arrival[]) {
  return {
    whenTheClockReaches(until: number) {
      let state: TalkingCoalescence = NO_TALKERS;
      const appended: Array<[number, LiveEvent]> = [];
      const flushUntil = (now: number) => {
        for (
          let due = nextTalkingFlush(state);
          due !== undefined && due <= now;
          due = nextTalkingFlush(state)
        ) {
          const flushed = flushTalking(state, due);
          state = flushed.state;
          appended.push(...flushed.events.map((event): [number, LiveEvent] => [due as number, event]));
        }
      };
      for (const [at, ...events] of arrivals) {
        flushUntil(at);
        const coalesced = coalesceTalking(state, events, at);
        state = coalesced.state;
        appended.push(...coalesced.events.map((event): [number, LiveEvent] => [at, event]));
      }
      flushUntil(until);
      return {
        then: (expected: Array<[number, LiveEvent]>) => expect(appended).toEqual(expected),
        held: nextTalkingFlush(state),
        appended,
      };
    },
  };
}

describe('coalesceTalking', () => {
  it('passes a first talking and a stoptalking a window later at once', () => {
    given([0, talking(C, '1')], [300, stoppedTalking(C, '1')])
      .whenTheClockReaches(1000)
      .then([
        [0, talking(C, '1')],
        [300, stoppedTalking(C, '1')],
      ]);
  });

  it('holds a change within the window and passes the newest state when the window ends', () => {
    given(
      [0, talking(C, '1')],
      [50, stoppedTalking(C, '1')],
      [100, talking(C, '1')],
      [120, stoppedTalking(C, '1')],
    )
      .whenTheClockReaches(1000)
      .then([
        [0, talking(C, '1')],
        [TALKING_WINDOW_MS, stoppedTalking(C, '1')],
      ]);
  });

  it('passes nothing at the window end when the newest state is the one passed', () => {
    given([0, talking(C, '1')], [50, stoppedTalking(C, '1')], [100, talking(C, '1')])
      .whenTheClockReaches(1000)
      .then([[0, talking(C, '1')]]);
  });

  it('lets one member flapping every 20 ms through at most 4 times a second', () => {
    const flaps = Array.from({ length: 100 }, (_, i): Arrival => [
      i * 20,
      i % 2 === 0 ? talking(C, '1') : stoppedTalking(C, '1'),
    ]);
    const { appended } = given(...flaps).whenTheClockReaches(3000);
    for (const [from] of appended)
      expect(appended.filter(([at]) => at >= from && at < from + 1000).length).toBeLessThanOrEqual(4);
    expect(appended.length).toBeGreaterThan(4);
    expect(appended.at(-1)?.[1]).toEqual(stoppedTalking(C, '1'));
  });

  it('counts each member on its own', () => {
    given([0, talking(C, '1'), talking(C, '2')], [10, stoppedTalking(C, '1')])
      .whenTheClockReaches(1000)
      .then([
        [0, talking(C, '1')],
        [0, talking(C, '2')],
        [TALKING_WINDOW_MS, stoppedTalking(C, '1')],
      ]);
  });

  it('passes every other event at once, in order', () => {
    given([0, joined(C, anna), talking(C, '1'), joined(C, ben)])
      .whenTheClockReaches(1000)
      .then([
        [0, joined(C, anna)],
        [0, talking(C, '1')],
        [0, joined(C, ben)],
      ]);
  });

  it('drops what is held when the member is muted, and passes its talking after the unmute', () => {
    given(
      [0, talking(C, '1')],
      [100, stoppedTalking(C, '1'), talking(C, '1'), muted(C, '1')],
      [400, unmuted(C, '1'), talking(C, '1')],
    )
      .whenTheClockReaches(1000)
      .then([
        [0, talking(C, '1')],
        [100, muted(C, '1')],
        [400, unmuted(C, '1')],
        [400, talking(C, '1')],
      ]);
  });

  it('drops what is held when the member leaves', () => {
    given([0, talking(C, '1')], [100, stoppedTalking(C, '1'), talking(C, '1'), left(C, anna)])
      .whenTheClockReaches(1000)
      .then([
        [0, talking(C, '1')],
        [100, left(C, anna)],
      ]);
  });

  it('drops what is held when the conference ends', () => {
    given(
      [0, talking(C, '1'), talking('other', '5')],
      [100, stoppedTalking(C, '1'), stoppedTalking('other', '5'), ended(C)],
    )
      .whenTheClockReaches(1000)
      .then([
        [0, talking(C, '1')],
        [0, talking('other', '5')],
        [100, ended(C)],
        [TALKING_WINDOW_MS, stoppedTalking('other', '5')],
      ]);
  });

  it('drops what is held for every member of a conference that is muted as a whole', () => {
    given(
      [0, talking(C, '1')],
      [100, stoppedTalking(C, '1'), talking(C, '1'), { type: 'AllMuted', data: { conference: C } }],
    )
      .whenTheClockReaches(1000)
      .then([
        [0, talking(C, '1')],
        [100, { type: 'AllMuted', data: { conference: C } }],
      ]);
  });

  it('forgets every member on a rebuild: the snapshot says who talks', () => {
    given(
      [0, talking(C, '1')],
      [100, stoppedTalking(C, '1'), { type: 'ConferencesRebuilt', data: { conferences: [] } }],
      [150, talking(C, '1')],
    )
      .whenTheClockReaches(1000)
      .then([
        [0, talking(C, '1')],
        [100, { type: 'ConferencesRebuilt', data: { conferences: [] } }],
        [150, talking(C, '1')],
      ]);
  });

  it('holds nothing once every window has ended', () => {
    expect(
      given([0, talking(C, '1')], [10, stoppedTalking(C, '1')]).whenTheClockReaches(1000).held,
    ).toBeUndefined();
    expect(given([0, talking(C, '1')], [10, stoppedTalking(C, '1')]).whenTheClockReaches(100).held).toBe(
      TALKING_WINDOW_MS,
    );
  });
});
