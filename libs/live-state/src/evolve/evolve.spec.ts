import type { LiveEvent } from '../model/live-event';
import { emptyConference, type Member } from '../model/live-state';
import { given } from '../test-support/given';
import { created, ended, floor, joined, left, member, muted, unmuted } from '../test-support/live-builders';
import { evolve } from './evolve';

const C = 'team_g722';
const ann = member('5', '20000', 'defaultuser', true);
const bob = member('6', '20001', 'teamuser2');
const eve = member('7', '21000', 'frienduser');

const conferenceAfter = (...events: LiveEvent[]) => given(...events).conferences.get(C);

describe('evolve: conferences and members', () => {
  it('given nothing, when conference-create, then an empty conference that does not record', () => {
    expect(conferenceAfter(created(C))).toEqual(emptyConference(C));
  });

  it('given a conference, when it is created again, then nothing changes', () => {
    const state = given(created(C), joined(C, ann));
    expect(evolve(state, created(C))).toBe(state);
  });

  it('given members, when another joins, then it comes last, memcount counts it and it is lastjoin', () => {
    const conference = conferenceAfter(created(C), joined(C, ann), joined(C, bob), joined(C, eve));
    expect(conference?.members).toEqual([ann, bob, eve]);
    expect(conference?.memcount).toBe(3);
    expect(conference?.lastjoin).toEqual(eve);
  });

  it('given no conference-create (it came before the state began), when a member joins, then the conference is created', () => {
    expect(conferenceAfter(joined(C, ann))?.members).toEqual([ann]);
  });

  it('given a member, when it joins again with the same confid, then it is replaced where it stands', () => {
    const renamed = { ...ann, name: 'ann' };
    expect(conferenceAfter(joined(C, ann), joined(C, bob), joined(C, renamed))?.members).toEqual([
      renamed,
      bob,
    ]);
    expect(conferenceAfter(joined(C, ann), floor(C, ann), joined(C, renamed))?.floor).toEqual(renamed);
  });

  it('given members, when one leaves, then it is gone and is lastleave', () => {
    const conference = conferenceAfter(joined(C, ann), joined(C, bob), left(C, ann));
    expect(conference?.members).toEqual([bob]);
    expect(conference?.memcount).toBe(1);
    expect(conference?.lastleave).toEqual(ann);
  });

  it('given the floor holder, when it leaves before FreeSWITCH reports New-ID none, then the floor is empty', () => {
    expect(conferenceAfter(joined(C, ann), joined(C, bob), floor(C, bob), left(C, bob))?.floor).toBeNull();
  });

  it('given the last member, when it leaves, then the conference stays, empty, until conference-destroy', () => {
    const state = given(created(C), joined(C, ann), left(C, ann));
    expect(state.conferences.get(C)?.members).toEqual([]);
    expect(evolve(state, ended(C)).conferences.has(C)).toBe(false);
  });

  it.each<[string, LiveEvent]>([
    ['an unknown member leaves', left(C, eve)],
    ['a member of an unknown conference leaves', left('nosuch', ann)],
    ['an unknown member is muted', muted(C, '99')],
    ['the floor moves in an unknown conference', floor('nosuch', ann)],
    ['an unknown conference ends', ended('nosuch')],
    ['an unknown conference is locked', { type: 'ConferenceLocked', data: { conference: 'nosuch' } }],
    [
      'an unknown conference records',
      { type: 'RecordingStarted', data: { conference: 'nosuch', file: '/x.wav' } },
    ],
    [
      'a moderator presses a key',
      {
        type: 'ModeratorKeyPressed',
        data: { conference: C, member: ann, key: '1', control: 'startrecording' },
      },
    ],
  ])('given a conference, when %s, then the state is the same', (_, event) => {
    const state = given(created(C), joined(C, ann), floor(C, ann));
    expect(evolve(state, event)).toEqual(state);
  });

  it('given an event type this version does not know, then the state is the same', () => {
    const state = given(joined(C, ann));
    expect(evolve(state, { type: 'FutureEvent', data: {} } as unknown as LiveEvent)).toBe(state);
  });
});

describe('evolve: floor and mute', () => {
  it('given members, when the floor moves, then it is that member as the member list knows it', () => {
    const stale: Member = { ...bob, mute: true };
    expect(conferenceAfter(joined(C, ann), joined(C, bob), floor(C, stale))?.floor).toEqual(bob);
  });

  it('given a floor holder, when New-ID none, then no one has the floor', () => {
    expect(conferenceAfter(joined(C, ann), floor(C, ann), floor(C, null))?.floor).toBeNull();
  });

  it('given the floor holder and last joiner, when muted and unmuted, then members, floor and lastjoin follow', () => {
    const start = [joined(C, ann), joined(C, bob), floor(C, bob)];
    const mutedConference = conferenceAfter(...start, muted(C, '6'));
    expect(mutedConference?.members).toEqual([ann, { ...bob, mute: true }]);
    expect(mutedConference?.floor).toEqual({ ...bob, mute: true });
    expect(mutedConference?.lastjoin).toEqual({ ...bob, mute: true });
    expect(conferenceAfter(...start, muted(C, '6'), unmuted(C, '6'))?.floor).toEqual(bob);
  });

  it('given members, when all are muted, then every member is muted', () => {
    const conference = conferenceAfter(joined(C, ann), joined(C, bob), {
      type: 'AllMuted',
      data: { conference: C },
    });
    expect(conference?.members.every((m) => m.mute)).toBe(true);
  });
});
