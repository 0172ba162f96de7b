import type { LiveEvent } from '../model/live-event';
import type { Registration } from '../model/live-state';
import { given } from '../test-support/given';
import { joined, member } from '../test-support/live-builders';
import { visibleConferences } from './client-conference';
import { conferenceLookup } from './conference-lookup';
import { projectLiveEvent } from './project-live-event';

const lookup = conferenceLookup([
  { num: '30000', name: 'team_g722', type: '16kHz-novideo', context: 'team' },
  { num: '31000', name: 'friends_conf', type: '16kHz-novideo', context: 'friends' },
  { num: '32000', name: 'public_conf', type: '48kHz-video', context: 'public' },
]);
const ann = member('5', '20000', 'defaultuser');
const phone: Registration = { id: '20001', regid: 'call-1', sipcon: '10.0.0.1:5060' };
const added = (registration: Registration): LiveEvent => ({
  type: 'RegistrationAdded',
  data: { registration },
});

describe('projectLiveEvent: audiences', () => {
  it.each([
    ['team_g722', ['team']],
    ['friends_conf', ['team', 'friends']],
    ['public_conf', ['team', 'friends', 'public']],
    ['not_in_xml_state', ['team']],
  ])('sends what happens in %s to %j', (conference, audience) => {
    const { deltas } = projectLiveEvent(given(), joined(conference, ann), lookup);
    expect(deltas.map((d) => d.audience)).toEqual([audience]);
  });
});

describe('projectLiveEvent: registrations go to everybody', () => {
  const everybody = ['team', 'friends', 'public'];

  it('given none, when a phone registers, then addReg; when it refreshes, nothing', () => {
    expect(projectLiveEvent(given(), added(phone), lookup).deltas).toEqual([
      { audience: everybody, message: { event: 'addReg', user: phone } },
    ]);
    expect(projectLiveEvent(given(added(phone)), added(phone), lookup).deltas).toEqual([]);
  });

  it('given a registration, when it refreshes from another address, then delReg of the old and addReg of the new', () => {
    const moved = { ...phone, sipcon: '10.0.0.9:5060' };
    expect(projectLiveEvent(given(added(phone)), added(moved), lookup).deltas.map((d) => d.message)).toEqual([
      { event: 'delReg', user: phone },
      { event: 'addReg', user: moved },
    ]);
  });

  it('given a registration, when it expires, then delReg of it as it was added; an unknown one sends nothing', () => {
    const expired: LiveEvent = {
      type: 'RegistrationRemoved',
      data: { registration: { id: phone.id, regid: phone.regid }, reason: 'expire' },
    };
    expect(projectLiveEvent(given(added(phone)), expired, lookup).deltas).toEqual([
      { audience: everybody, message: { event: 'delReg', user: phone } },
    ]);
    expect(projectLiveEvent(given(), expired, lookup).deltas).toEqual([]);
  });

  it('given registrations, when rebuilt from a listing, then delReg for the vanished and addReg for the new', () => {
    const other = { ...phone, id: '20000', regid: 'call-2' };
    const rebuilt: LiveEvent = { type: 'RegistrationsRebuilt', data: { registrations: [other] } };
    expect(projectLiveEvent(given(added(phone)), rebuilt, lookup).deltas.map((d) => d.message)).toEqual([
      { event: 'delReg', user: phone },
      { event: 'addReg', user: other },
    ]);
  });
});

describe('projectLiveEvent: rebuilt conferences', () => {
  it('sends each context a newLiveState with the conferences it may see', () => {
    const listed = given(joined('team_g722', ann), joined('public_conf', member('9', '22000', 'publicuser')));
    const rebuilt: LiveEvent = {
      type: 'ConferencesRebuilt',
      data: { conferences: [...listed.conferences.values()] },
    };
    const { state, deltas } = projectLiveEvent(given(joined('friends_conf', ann)), rebuilt, lookup);
    expect(deltas).toEqual(
      (['team', 'friends', 'public'] as const).map((context) => ({
        audience: [context],
        message: { event: 'newLiveState', data: visibleConferences(state, context, lookup) },
      })),
    );
    expect(deltas.map((d) => (d.message.event === 'newLiveState' ? d.message.data.length : -1))).toEqual([
      2, 1, 1,
    ]);
  });
});
