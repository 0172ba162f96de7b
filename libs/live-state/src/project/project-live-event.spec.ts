import type { LiveEvent } from '../model/live-event';
import { given } from '../test-support/given';
import { created, ended, floor, joined, left, member, muted, unmuted } from '../test-support/live-builders';
import { toClientConference } from './client-conference';
import { conferenceLookup } from './conference-lookup';
import { projectLiveEvent } from './project-live-event';

const lookup = conferenceLookup([
  { num: '30000', name: 'team_g722', type: '16kHz-novideo', context: 'team' },
  { num: '31000', name: 'friends_conf', type: '16kHz-novideo', context: 'friends' },
  { num: '32000', name: 'public_conf', type: '48kHz-video', context: 'public' },
]);
const P = 'public_conf';
const ann = member('5', '20000', 'defaultuser', true);
const bob = member('6', '20001', 'teamuser2');
const EVERYBODY = ['team', 'friends', 'public'];

/** Given those events, when `event`, then these messages (all for a public conference here). */
function messages(history: LiveEvent[], event: LiveEvent) {
  const { deltas } = projectLiveEvent(given(...history), event, lookup);
  for (const delta of deltas) expect(delta.audience).toEqual(EVERYBODY);
  return deltas.map((d) => d.message);
}

describe('projectLiveEvent: members', () => {
  it('given a created conference, when the first member joins, then newConference as it is then', () => {
    const { state, deltas } = projectLiveEvent(given(created(P)), joined(P, ann), lookup);
    expect(deltas).toEqual([
      {
        audience: EVERYBODY,
        message: { event: 'newConference', data: toClientConference(state, P, lookup) },
      },
    ]);
    expect(deltas[0]?.message).toMatchObject({ data: { members: [ann], memcount: 1, context: 'public' } });
  });

  it('given a member, when another joins, then newMember; when it joins again, nothing', () => {
    expect(messages([joined(P, ann)], joined(P, bob))).toEqual([
      { event: 'newMember', conference: P, data: bob },
    ]);
    expect(messages([joined(P, ann), joined(P, bob)], joined(P, bob))).toEqual([]);
  });

  it('given two members, when one leaves, then delMember with its confid', () => {
    expect(messages([joined(P, ann), joined(P, bob)], left(P, ann))).toEqual([
      { event: 'delMember', conference: P, data: '5' },
    ]);
  });

  it('given the floor holder, when it leaves, then delMember and floorchange {}', () => {
    expect(messages([joined(P, ann), joined(P, bob), floor(P, bob)], left(P, bob))).toEqual([
      { event: 'delMember', conference: P, data: '6' },
      { event: 'floorchange', conference: P, data: {} },
    ]);
  });

  it('given the last member, when it leaves, then delConference; the destroy after it sends nothing', () => {
    expect(messages([joined(P, ann)], left(P, ann))).toEqual([{ event: 'delConference', conference: P }]);
    expect(messages([joined(P, ann), left(P, ann)], ended(P))).toEqual([]);
  });

  it('given members, when the conference is destroyed without their del-member, then delConference', () => {
    expect(messages([joined(P, ann)], ended(P))).toEqual([{ event: 'delConference', conference: P }]);
  });

  it('given an unknown member or conference, then nothing', () => {
    expect(messages([joined(P, ann)], left(P, bob))).toEqual([]);
    expect(messages([], muted('nosuch', '5'))).toEqual([]);
    expect(messages([], created(P))).toEqual([]);
  });
});

describe('projectLiveEvent: floor and mute', () => {
  it('sends floorchange with the member, {} for no one, nothing when the floor stays', () => {
    expect(messages([joined(P, ann), joined(P, bob)], floor(P, bob))).toEqual([
      { event: 'floorchange', conference: P, data: bob },
    ]);
    expect(messages([joined(P, ann), floor(P, ann)], floor(P, null))).toEqual([
      { event: 'floorchange', conference: P, data: {} },
    ]);
    expect(messages([joined(P, ann), floor(P, ann)], floor(P, ann))).toEqual([]);
    expect(messages([joined(P, ann)], floor(P, null))).toEqual([]);
  });

  it('sends mute and unmute with the confid, nothing when the member already was so', () => {
    expect(messages([joined(P, bob)], muted(P, '6'))).toEqual([{ event: 'mute', conference: P, data: '6' }]);
    expect(messages([joined(P, ann)], unmuted(P, '5'))).toEqual([
      { event: 'unmute', conference: P, data: '5' },
    ]);
    expect(messages([joined(P, ann)], muted(P, '5'))).toEqual([]);
  });

  it('sends muteAll for AllMuted', () => {
    expect(messages([joined(P, ann)], { type: 'AllMuted', data: { conference: P } })).toEqual([
      { event: 'muteAll', conference: P },
    ]);
  });

  it('sends nothing for a moderator key', () => {
    const key: LiveEvent = {
      type: 'ModeratorKeyPressed',
      data: { conference: P, member: ann, key: '*', control: 'muteall' },
    };
    expect(messages([joined(P, ann)], key)).toEqual([]);
  });
});

describe('projectLiveEvent: lock and recording', () => {
  const file = '/rec/public_conf.wav';
  const rec = (
    type: 'RecordingStarted' | 'RecordingPaused' | 'RecordingResumed' | 'RecordingStopped',
  ): LiveEvent => ({
    type,
    data: { conference: P, file },
  });
  const lock: LiveEvent = { type: 'ConferenceLocked', data: { conference: P } };

  it('sends lock and unlock when the lock changes', () => {
    expect(messages([joined(P, ann)], lock)).toEqual([{ event: 'lock', conference: P }]);
    expect(messages([joined(P, ann), lock], lock)).toEqual([]);
    expect(messages([joined(P, ann), lock], { type: 'ConferenceUnlocked', data: { conference: P } })).toEqual(
      [{ event: 'unlock', conference: P }],
    );
  });

  it('sends recStart, recPause, recResume with the file and recStop', () => {
    const base = [joined(P, ann)];
    expect(messages(base, rec('RecordingStarted'))).toEqual([{ event: 'recStart', conference: P, file }]);
    expect(messages([...base, rec('RecordingStarted')], rec('RecordingPaused'))).toEqual([
      { event: 'recPause', conference: P, file },
    ]);
    expect(
      messages([...base, rec('RecordingStarted'), rec('RecordingPaused')], rec('RecordingResumed')),
    ).toEqual([{ event: 'recResume', conference: P, file }]);
    expect(messages([...base, rec('RecordingStarted')], rec('RecordingStopped'))).toEqual([
      { event: 'recStop', conference: P },
    ]);
    expect(messages(base, rec('RecordingStopped'))).toEqual([]);
  });
});
