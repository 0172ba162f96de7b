import { given } from '../test-support/given';
import { floor, joined, left, member } from '../test-support/live-builders';
import { toClientConference, visibleConferences } from './client-conference';
import { conferenceAudience, conferenceLookup, UNLISTED_CONFERENCE } from './conference-lookup';

const lookup = conferenceLookup([
  { num: '30000', name: 'team_g722', type: '16kHz-novideo', context: 'team' },
  { num: '31000', name: 'friends_conf', type: '16kHz-novideo', context: 'friends' },
  { num: '32000', name: 'public_conf', type: '48kHz-video', context: 'public' },
]);
const ann = member('5', '20000', 'defaultuser', true);
const bob = member('6', '20001', 'teamuser2');

describe('toClientConference', () => {
  it('gives the protocol shape, keys in order, {} for no member', () => {
    const state = given(joined('public_conf', ann));
    const conference = toClientConference(state, 'public_conf', lookup);
    expect(conference).toEqual({
      name: 'public_conf',
      context: 'public',
      type: '48kHz-video',
      num: '32000',
      recording: { status: 'norec' },
      locked: false,
      floor: {},
      lastjoin: ann,
      lastleave: {},
      memcount: 1,
      members: [ann],
    });
    expect(Object.keys(conference!)).toEqual([
      'name',
      'context',
      'type',
      'num',
      'recording',
      'locked',
      'floor',
      'lastjoin',
      'lastleave',
      'memcount',
      'members',
    ]);
  });

  it('gives floor and lastleave as members when there are', () => {
    const state = given(
      joined('team_g722', ann),
      joined('team_g722', bob),
      floor('team_g722', bob),
      left('team_g722', ann),
    );
    expect(toClientConference(state, 'team_g722', lookup)).toMatchObject({
      floor: bob,
      lastleave: ann,
      lastjoin: bob,
    });
  });

  it('gives undefined for a conference the state does not hold', () => {
    expect(toClientConference(given(), 'team_g722', lookup)).toBeUndefined();
  });

  it('treats a conference missing from the xmlState as a team conference without type and number', () => {
    expect(toClientConference(given(joined('adhoc', ann)), 'adhoc', lookup)).toMatchObject({
      context: 'team',
      type: '',
      num: '',
    });
    expect(conferenceAudience(lookup, 'adhoc')).toEqual(['team']);
    expect(UNLISTED_CONFERENCE.context).toBe('team');
  });
});

describe('visibleConferences', () => {
  const state = given(
    joined('team_g722', ann),
    joined('friends_conf', bob),
    joined('public_conf', member('9', '22000', 'publicuser')),
  );

  it('shows the team every conference, friends the friends and public ones, public only public ones', () => {
    const names = (context: 'team' | 'friends' | 'public') =>
      visibleConferences(state, context, lookup).map((c) => c.name);
    expect(names('team')).toEqual(['team_g722', 'friends_conf', 'public_conf']);
    expect(names('friends')).toEqual(['friends_conf', 'public_conf']);
    expect(names('public')).toEqual(['public_conf']);
  });

  it('hides a conference whose last member left and whose destroy has not come yet', () => {
    const emptied = given(joined('public_conf', ann), left('public_conf', ann));
    expect(emptied.conferences.has('public_conf')).toBe(true);
    expect(visibleConferences(emptied, 'public', lookup)).toEqual([]);
  });
});
