import { liveCore, LiveCore } from '../test-support/live-core';
import { routeToConference } from './dialplan-lookup';
import { memberFlags } from './member-flags';

describe('routeToConference (the loaded dialplan)', () => {
  let live: LiveCore;
  beforeAll(() => (live = liveCore()));
  afterAll(() => live.remove());

  it.each([
    ['30000', 'team', { conference: 'team_g722', profile: '16kHz-novideo', context: 'team', transfers: [] }],
    [
      '31000',
      'friends',
      { conference: 'friends_conf', profile: '16kHz-novideo', context: 'team', transfers: ['friends'] },
    ],
    [
      '32000',
      'public',
      { conference: 'public_conf', profile: '48kHz-video', context: 'team', transfers: ['public'] },
    ],
    [
      '32000',
      'friends',
      { conference: 'public_conf', profile: '48kHz-video', context: 'team', transfers: ['friends'] },
    ],
  ])('%s from %s', (number, context, route) => {
    expect(routeToConference(live.core.xml, number, context)).toEqual(route);
  });

  it.each([
    ['30000', 'public'],
    ['31000', 'public'],
    ['20001', 'team'],
    ['39999', 'team'],
  ])('%s from %s reaches no conference', (number, context) => {
    expect(routeToConference(live.core.xml, number, context)).toBeUndefined();
  });
});

describe('memberFlags (conf_flags)', () => {
  it.each([
    ['moderator|mute-detect|mute', { canSpeak: false, muteDetect: true, isModerator: true, canHear: true }],
    ['moderator|mute-detect', { canSpeak: true, muteDetect: true, isModerator: true, canHear: true }],
    ['mute-detect', { canSpeak: true, muteDetect: true, isModerator: false, canHear: true }],
    ['deaf|mute', { canSpeak: false, muteDetect: false, isModerator: false, canHear: false }],
    [undefined, { canSpeak: true, muteDetect: false, isModerator: false, canHear: true }],
  ])('%s', (flags, expected) => {
    expect(memberFlags(flags)).toMatchObject({ ...expected, talking: false, hold: false });
  });
});
