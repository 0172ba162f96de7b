import type { LiveEvent } from '../model/live-event';
import { EMPTY_LIVE_STATE, emptyConference } from '../model/live-state';
import { given } from '../test-support/given';
import { joined, member } from '../test-support/live-builders';
import { evolve, evolveAll } from './evolve';

const C = 'team_g722';
const ann = member('5', '20000', 'defaultuser', true);
const eve = member('7', '21000', 'frienduser');

const conferenceAfter = (...events: LiveEvent[]) => given(...events).conferences.get(C);

describe('evolve: lock and recording', () => {
  const file = '/var/fsroot/recordings/team_g722-a.wav';
  const rec = (type: 'RecordingStarted' | 'RecordingPaused' | 'RecordingResumed', f = file): LiveEvent => ({
    type,
    data: { conference: C, file: f },
  });
  const stop = (f?: string): LiveEvent => ({
    type: 'RecordingStopped',
    data: { conference: C, ...(f ? { file: f } : {}) },
  });

  it('locks and unlocks', () => {
    const lock: LiveEvent = { type: 'ConferenceLocked', data: { conference: C } };
    expect(conferenceAfter(joined(C, ann), lock)?.locked).toBe(true);
    expect(
      conferenceAfter(joined(C, ann), lock, { type: 'ConferenceUnlocked', data: { conference: C } })?.locked,
    ).toBe(false);
  });

  it('follows start, pause, resume and stop with the file', () => {
    const base = [joined(C, ann), rec('RecordingStarted')];
    expect(conferenceAfter(...base)?.recording).toEqual({ status: 'running', file });
    expect(conferenceAfter(...base, rec('RecordingPaused'))?.recording).toEqual({ status: 'paused', file });
    expect(conferenceAfter(...base, rec('RecordingPaused'), rec('RecordingResumed'))?.recording).toEqual({
      status: 'running',
      file,
    });
    expect(conferenceAfter(...base, stop(file))?.recording).toEqual({ status: 'norec' });
    expect(conferenceAfter(...base, stop())?.recording).toEqual({ status: 'norec' });
  });

  it('given a recording, when another file stops, then the recording goes on', () => {
    expect(
      conferenceAfter(joined(C, ann), rec('RecordingStarted'), stop('/other.wav'))?.recording.status,
    ).toBe('running');
  });
});

describe('evolve: registrations', () => {
  const phone = { id: '20001', regid: 'call-1', sipcon: '10.0.0.1:5060' };
  const add = (registration = phone): LiveEvent => ({ type: 'RegistrationAdded', data: { registration } });
  const remove = (registration = phone): LiveEvent => ({
    type: 'RegistrationRemoved',
    data: { registration, reason: 'expire' },
  });
  const registrations = (...events: LiveEvent[]) => [...given(...events).registrations.values()];

  it('adds, refreshes in place and removes', () => {
    const moved = { ...phone, sipcon: '10.0.0.1:5070' };
    expect(registrations(add())).toEqual([phone]);
    expect(registrations(add(), add(moved))).toEqual([moved]);
    expect(registrations(add(), remove())).toEqual([]);
  });

  it('keeps one user on two devices, and two lines of one phone sharing a Call-ID', () => {
    const desk = { ...phone, regid: 'call-2' };
    const secondLine = { ...phone, id: '20002' };
    expect(registrations(add(), add(desk), add(secondLine))).toEqual([phone, desk, secondLine]);
    expect(registrations(add(), add(secondLine), remove(secondLine))).toEqual([phone]);
  });

  it('given no such registration, when it is removed, then the state is the same', () => {
    const state = given(add());
    expect(evolve(state, remove({ ...phone, regid: 'other' }))).toBe(state);
  });
});

describe('evolve: rebuilt from listings', () => {
  it('replaces conferences and registrations with the listed ones', () => {
    const listed = { ...emptyConference('public_conf'), members: [eve], memcount: 1 };
    const phone = { id: '22000', regid: 'r', sipcon: '1.2.3.4:5' };
    const state = evolveAll(given(joined(C, ann)), [
      { type: 'ConferencesRebuilt', data: { conferences: [listed] } },
      { type: 'RegistrationsRebuilt', data: { registrations: [phone] } },
    ]);
    expect([...state.conferences.values()]).toEqual([listed]);
    expect([...state.registrations.values()]).toEqual([phone]);
    expect(EMPTY_LIVE_STATE.conferences.size).toBe(0);
  });
});
