import fc from 'fast-check';
import { evolveAll } from '../evolve/evolve';
import type { LiveEvent } from '../model/live-event';
import type { ConferenceState, LiveState } from '../model/live-state';
import { liveStateArb } from '../test-support/arbitraries';
import { given } from '../test-support/given';
import { floor, joined, member, muted } from '../test-support/live-builders';
import { diffLiveStates } from './diff-live-states';

const C = 'team_g722';
const ann = member('5', '20000', 'defaultuser', true);
const bob = member('6', '20001', 'teamuser2');
const file = '/rec/a.wav';
const rec = (type: 'RecordingStarted' | 'RecordingPaused', f = file): LiveEvent => ({
  type,
  data: { conference: C, file: f },
});

/** What a listing can tell: everything but history (lastjoin, lastleave) and the members' order. */
function correctable(state: LiveState) {
  const conference = ({ lastjoin: _j, lastleave: _l, members, floor: f, ...rest }: ConferenceState) => ({
    ...rest,
    floor: f?.confid ?? null,
    members: [...members].sort((a, b) => a.confid.localeCompare(b.confid)),
  });
  return {
    conferences: [...state.conferences.values()].map(conference).sort((a, b) => a.name.localeCompare(b.name)),
    registrations: [...state.registrations.keys()].sort(),
  };
}

describe('diffLiveStates', () => {
  it('gives nothing for equal states', () => {
    const state = given(joined(C, ann), floor(C, ann));
    expect(diffLiveStates(state, state)).toEqual([]);
  });

  it('ends a conference that is gone and builds one that is new', () => {
    expect(diffLiveStates(given(joined('old', ann)), given(joined(C, bob), floor(C, bob)))).toEqual([
      { type: 'ConferenceEnded', data: { conference: 'old' } },
      { type: 'ConferenceCreated', data: { conference: C } },
      { type: 'MemberJoined', data: { conference: C, member: bob } },
      { type: 'FloorChanged', data: { conference: C, floor: bob } },
    ]);
  });

  it('corrects members gone and come, mute and lock; the floor goes with the member that held it', () => {
    const before = given(joined(C, ann), floor(C, ann));
    const after = given(joined(C, bob), muted(C, '6'), { type: 'ConferenceLocked', data: { conference: C } });
    expect(diffLiveStates(before, after)).toEqual([
      { type: 'MemberLeft', data: { conference: C, member: ann } },
      { type: 'MemberJoined', data: { conference: C, member: { ...bob, mute: true } } },
      { type: 'ConferenceLocked', data: { conference: C } },
    ]);
  });

  it('moves the floor, and replaces a member whose confid now belongs to someone else', () => {
    const stranger = member('5', '22000', 'publicuser');
    const before = given(joined(C, ann), joined(C, bob), floor(C, ann));
    const after = given(joined(C, stranger), joined(C, bob), floor(C, bob));
    expect(diffLiveStates(before, after)).toEqual([
      { type: 'MemberLeft', data: { conference: C, member: ann } },
      { type: 'MemberJoined', data: { conference: C, member: stranger } },
      { type: 'FloorChanged', data: { conference: C, floor: bob } },
    ]);
  });

  it.each<[string, LiveEvent[], LiveEvent[], LiveEvent[]]>([
    ['a start', [], [rec('RecordingStarted')], [rec('RecordingStarted')]],
    [
      'a pause',
      [rec('RecordingStarted')],
      [rec('RecordingStarted'), rec('RecordingPaused')],
      [rec('RecordingPaused')],
    ],
    [
      'a resume',
      [rec('RecordingStarted'), rec('RecordingPaused')],
      [rec('RecordingStarted')],
      [{ type: 'RecordingResumed', data: { conference: C, file } }],
    ],
    ['a stop', [rec('RecordingStarted')], [], [{ type: 'RecordingStopped', data: { conference: C, file } }]],
    [
      'a paused recording it never saw start',
      [],
      [rec('RecordingPaused')],
      [rec('RecordingStarted'), rec('RecordingPaused')],
    ],
    [
      'another file',
      [rec('RecordingStarted')],
      [rec('RecordingStarted', '/rec/b.wav')],
      [rec('RecordingStarted', '/rec/b.wav')],
    ],
  ])('corrects the recording for %s', (_, was, now, corrections) => {
    expect(diffLiveStates(given(joined(C, ann), ...was), given(joined(C, ann), ...now))).toEqual(corrections);
  });

  it('removes registrations the listing lacks and adds the ones it has', () => {
    const phone = { id: '20001', regid: 'a', sipcon: '1.1.1.1:5060' };
    const desk = { id: '20001', regid: 'b', sipcon: '1.1.1.2:5060' };
    const before = given({ type: 'RegistrationAdded', data: { registration: phone } });
    const after = given({ type: 'RegistrationAdded', data: { registration: desk } });
    expect(diffLiveStates(before, after)).toEqual([
      { type: 'RegistrationRemoved', data: { registration: phone, reason: 'reconcile' } },
      { type: 'RegistrationAdded', data: { registration: desk } },
    ]);
  });

  it('takes any state to any other through evolve, all but history and member order', () => {
    fc.assert(
      fc.property(liveStateArb, liveStateArb, (before, after) => {
        expect(correctable(evolveAll(before, diffLiveStates(before, after)))).toEqual(correctable(after));
      }),
    );
  });
});
