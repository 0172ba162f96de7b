import fc from 'fast-check';
import { EMPTY_LIVE_STATE, type LiveState } from '../model/live-state';
import { liveEventArb } from '../test-support/arbitraries';
import { evolveAll } from './evolve';

const serialized = (state: LiveState): string =>
  JSON.stringify([[...state.conferences], [...state.registrations]]);

describe('evolve: properties', () => {
  it('never throws, and every conference keeps memcount, unique members and a floor that is present', () => {
    fc.assert(
      fc.property(fc.array(liveEventArb, { maxLength: 40 }), (events) => {
        const state = evolveAll(EMPTY_LIVE_STATE, events);
        for (const conference of state.conferences.values()) {
          const ids = conference.members.map((m) => m.confid);
          expect(conference.memcount).toBe(ids.length);
          expect(new Set(ids).size).toBe(ids.length);
          if (conference.floor && ids.includes(conference.floor.confid)) {
            expect(conference.members).toContainEqual(conference.floor);
          }
        }
      }),
    );
  });

  it('does not change the state it is given', () => {
    fc.assert(
      fc.property(
        fc.array(liveEventArb, { maxLength: 20 }),
        fc.array(liveEventArb, { maxLength: 20 }),
        (first, then) => {
          const state = evolveAll(EMPTY_LIVE_STATE, first);
          const before = serialized(state);
          evolveAll(state, then);
          expect(serialized(state)).toBe(before);
        },
      ),
    );
  });
});
