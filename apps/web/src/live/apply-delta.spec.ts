import type { LiveDelta } from '@fscon/contracts';
import { applyDelta } from './apply-delta';
import { EMPTY_LIVE_VIEW, type LiveView } from './live-view';
import { conference, member, registration } from './test-support/fixtures';

const room = conference('room', [member('1', 'ann'), member('2', 'bob')]);
const given = (view: Partial<LiveView> = {}): LiveView => ({
  ...EMPTY_LIVE_VIEW,
  conferences: { room },
  synced: true,
  ...view,
});
const applyAll = (view: LiveView, deltas: LiveDelta[]) => deltas.reduce(applyDelta, view);

describe('applyDelta', () => {
  it('adds a conference and its members, then removes them as they leave', () => {
    let view = applyDelta(EMPTY_LIVE_VIEW, { event: 'newConference', data: conference('other') });
    expect(view.conferences.other?.memcount).toBe(1);
    view = applyDelta(view, { event: 'newMember', conference: 'other', data: member('7', 'eve') });
    expect(view.conferences.other).toMatchObject({ memcount: 2, lastjoin: member('7', 'eve') });
    view = applyDelta(view, { event: 'delMember', conference: 'other', data: '7' });
    expect(view.conferences.other).toMatchObject({ memcount: 1, lastleave: member('7', 'eve') });
    view = applyDelta(view, { event: 'delConference', conference: 'other' });
    expect(view.conferences.other).toBeUndefined();
  });

  it("tracks a member's talking, deafness, volumes and energy; a mute ends its talking", () => {
    const floorHeld = given({ conferences: { room: { ...room, floor: member('2', 'bob') } } });
    const after = applyAll(floorHeld, [
      { event: 'talking', conference: 'room', data: '2' },
      { event: 'deaf', conference: 'room', data: '1' },
      { event: 'volume', conference: 'room', data: '1', volume_in: 2, volume_out: -1 },
      { event: 'energy', conference: 'room', data: '1', energy: 300 },
    ]).conferences.room!;
    expect(after.members[1]).toMatchObject({ talking: true });
    expect(after.floor).toMatchObject({ confid: '2', talking: true });
    expect(after.members[0]).toMatchObject({ deaf: true, volume_in: 2, volume_out: -1, energy: 300 });
    const muted = applyDelta(
      { ...floorHeld, conferences: { room: after } },
      { event: 'mute', conference: 'room', data: '2' },
    );
    expect(muted.conferences.room!.members[1]).toMatchObject({ mute: true, talking: false });
    const quiet = applyAll(given({ conferences: { room: after } }), [
      { event: 'stoptalking', conference: 'room', data: '2' },
      { event: 'undeaf', conference: 'room', data: '1' },
    ]).conferences.room!;
    expect(quiet.members.map((m) => [m.talking, m.deaf])).toEqual([
      [false, false],
      [false, false],
    ]);
  });

  it('tracks mute, floor, lock and recording', () => {
    const view = applyAll(given(), [
      { event: 'mute', conference: 'room', data: '2' },
      { event: 'floorchange', conference: 'room', data: member('1', 'ann') },
      { event: 'lock', conference: 'room' },
      { event: 'recStart', conference: 'room', file: '/rec/room.wav' },
      { event: 'recPause', conference: 'room', file: '/rec/room.wav' },
    ]);
    const after = view.conferences.room!;
    expect(after.members.map((m) => m.mute)).toEqual([false, true]);
    expect(after.floor).toEqual(member('1', 'ann'));
    expect(after.locked).toBe(true);
    expect(after.recording).toEqual({ status: 'paused', file: '/rec/room.wav' });
    const resumed = applyAll(view, [
      { event: 'unmute', conference: 'room', data: '2' },
      { event: 'unlock', conference: 'room' },
      { event: 'recResume', conference: 'room', file: '/rec/room.wav' },
    ]).conferences.room!;
    expect(resumed).toMatchObject({ locked: false, recording: { status: 'running' } });
    expect(resumed.members[1]!.mute).toBe(false);
    expect(applyDelta(view, { event: 'recStop', conference: 'room' }).conferences.room!.recording).toEqual({
      status: 'norec',
    });
  });

  it('clears the floor when its holder leaves', () => {
    const view = applyAll(given(), [
      { event: 'floorchange', conference: 'room', data: member('2', 'bob') },
      { event: 'delMember', conference: 'room', data: '2' },
    ]);
    expect(view.conferences.room!.floor).toEqual({});
  });

  it('changes nothing when a delta is applied twice', () => {
    const deltas: LiveDelta[] = [
      { event: 'newMember', conference: 'room', data: member('3', 'cy') },
      { event: 'mute', conference: 'room', data: '3' },
      { event: 'delMember', conference: 'room', data: '1' },
      { event: 'addReg', user: registration('a') },
      { event: 'lock', conference: 'room' },
    ];
    for (const delta of deltas) {
      const once = applyDelta(given(), delta);
      expect(applyDelta(once, delta)).toEqual(once);
    }
  });

  it('leaves the view as it is for unknown conferences and members, without throwing', () => {
    const view = given();
    const unknown: LiveDelta[] = [
      { event: 'newMember', conference: 'nowhere', data: member('9') },
      { event: 'delMember', conference: 'nowhere', data: '9' },
      { event: 'delMember', conference: 'room', data: '99' },
      { event: 'mute', conference: 'room', data: '99' },
      { event: 'unmute', conference: 'nowhere', data: '1' },
      { event: 'floorchange', conference: 'nowhere', data: {} },
      { event: 'lock', conference: 'nowhere' },
      { event: 'recStart', conference: 'nowhere', file: 'x.wav' },
      { event: 'recStop', conference: 'nowhere' },
      { event: 'delConference', conference: 'nowhere' },
      { event: 'delReg', user: registration('unknown') },
    ];
    for (const delta of unknown) expect(applyDelta(view, delta).conferences).toEqual(view.conferences);
    expect(applyDelta(view, { event: 'delReg', user: registration('unknown') })).toBe(view);
  });

  it('keeps registrations by Call-ID and replaces the conferences on newLiveState', () => {
    let view = applyAll(given(), [
      { event: 'addReg', user: registration('a', '20000') },
      { event: 'addReg', user: registration('b', '20000') },
      { event: 'delReg', user: registration('a', '20000') },
    ]);
    expect(Object.keys(view.registrations)).toEqual(['b']);
    view = applyDelta(view, { event: 'newLiveState', data: [conference('fresh')] });
    expect(Object.keys(view.conferences)).toEqual(['fresh']);
    expect(applyDelta(view, { event: 'newXML' }).xmlVersion).toBe(1);
  });
});
