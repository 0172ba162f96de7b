import { WITHOUT_DIRECTORY } from '../translate/translation-context';
import { translateEslEvent } from '../translate/translate-esl-event';
import type { EslEventRecord } from '../model/esl-event-record';
import { given } from '../test-support/given';
import {
  deafened,
  energy,
  floor,
  joined,
  member,
  muted,
  stoppedTalking,
  talking,
  unmuted,
  volume,
} from '../test-support/live-builders';
import { projectLiveEvent } from './project-live-event';
import type { ConferenceLookup } from './conference-lookup';

const C = 'team_g722';
const ann = member('5', '20000', 'ann');
const lookup: ConferenceLookup = () => ({ context: 'team', type: '16kHz-novideo', num: '30000' });
const messagesOf = (state: ReturnType<typeof given>, event: Parameters<typeof projectLiveEvent>[1]) =>
  projectLiveEvent(state, event, lookup).deltas.map((delta) => delta.message);
const memberEvent = (action: string, headers: Record<string, string> = {}): EslEventRecord => ({
  name: 'CUSTOM',
  headers: {
    'Event-Name': 'CUSTOM',
    'Event-Subclass': 'conference::maintenance',
    'Conference-Name': C,
    'Member-ID': '5',
    'Caller-Caller-ID-Number': '20000',
    'Caller-Caller-ID-Name': 'ann',
    Speak: 'true',
    Hear: 'true',
    Talking: 'false',
    'Energy-Level': '0',
    Action: action,
    ...headers,
  },
});

describe("a member's audio", () => {
  it('translates start-talking, stop-talking, deaf-member, undeaf-member, volume and energy events', () => {
    const translated = [
      memberEvent('start-talking'),
      memberEvent('stop-talking'),
      memberEvent('deaf-member'),
      memberEvent('undeaf-member'),
      memberEvent('volume-in-member', { 'Volume-Level': '2' }),
      memberEvent('volume-out-member', { 'Volume-Level': '-4' }),
      memberEvent('energy-level-member', { 'Energy-Level': '300' }),
    ].flatMap((event) => translateEslEvent(event, WITHOUT_DIRECTORY));
    expect(translated.map((event) => [event.type, event.data])).toEqual([
      ['MemberTalking', { conference: C, confid: '5' }],
      ['MemberStoppedTalking', { conference: C, confid: '5' }],
      ['MemberDeafened', { conference: C, confid: '5' }],
      ['MemberUndeafened', { conference: C, confid: '5' }],
      ['MemberVolumeChanged', { conference: C, confid: '5', direction: 'in', level: 2 }],
      ['MemberVolumeChanged', { conference: C, confid: '5', direction: 'out', level: -4 }],
      ['MemberEnergyChanged', { conference: C, confid: '5', energy: 300 }],
    ]);
  });

  it('takes talking, deafness and energy from the member data of a join', () => {
    const [joinedEvent] = translateEslEvent(
      memberEvent('add-member', { Hear: 'false', Talking: 'true', 'Energy-Level': '200' }),
      WITHOUT_DIRECTORY,
    );
    expect(joinedEvent).toMatchObject({ data: { member: { talking: true, deaf: true, energy: 200 } } });
  });

  it('ignores volume and energy events whose levels are not numbers FreeSWITCH could have set', () => {
    const odd = [
      memberEvent('volume-in-member', { 'Volume-Level': '9' }),
      memberEvent('volume-out-member', {}),
      memberEvent('energy-level-member', { 'Energy-Level': '-5' }),
      memberEvent('energy-level-member', { 'Energy-Level': 'x' }),
    ];
    expect(odd.flatMap((event) => translateEslEvent(event, WITHOUT_DIRECTORY))).toEqual([]);
  });

  it('sends talking and stoptalking, each once, and updates the floor holder with the member', () => {
    const state = given(joined(C, ann), floor(C, ann));
    expect(messagesOf(state, talking(C, '5'))).toEqual([{ event: 'talking', conference: C, data: '5' }]);
    const speaking = given(joined(C, ann), floor(C, ann), talking(C, '5'));
    expect(speaking.conferences.get(C)?.floor?.talking).toBe(true);
    expect(messagesOf(speaking, talking(C, '5'))).toEqual([]);
    expect(messagesOf(speaking, stoppedTalking(C, '5'))).toEqual([
      { event: 'stoptalking', conference: C, data: '5' },
    ]);
  });

  it('never shows a muted member talking: a mute ends it, a start-talking of a muted member changes nothing', () => {
    const speaking = given(joined(C, ann), talking(C, '5'));
    expect(messagesOf(speaking, muted(C, '5'))).toEqual([{ event: 'mute', conference: C, data: '5' }]);
    const silenced = given(joined(C, ann), talking(C, '5'), muted(C, '5'));
    expect(silenced.conferences.get(C)?.members[0]?.talking).toBe(false);
    expect(messagesOf(silenced, talking(C, '5'))).toEqual([]);
    expect(
      given(joined(C, ann), muted(C, '5'), unmuted(C, '5'), talking(C, '5')).conferences.get(C)?.members[0]
        ?.talking,
    ).toBe(true);
  });

  it('sends deaf, volume with both directions, and energy; the same level again sends nothing', () => {
    const state = given(joined(C, ann));
    expect(messagesOf(state, deafened(C, '5'))).toEqual([{ event: 'deaf', conference: C, data: '5' }]);
    expect(messagesOf(state, volume(C, '5', 'in', 2))).toEqual([
      { event: 'volume', conference: C, data: '5', volume_in: 2, volume_out: 0 },
    ]);
    const louder = given(joined(C, ann), volume(C, '5', 'in', 2));
    expect(messagesOf(louder, volume(C, '5', 'out', -1))).toEqual([
      { event: 'volume', conference: C, data: '5', volume_in: 2, volume_out: -1 },
    ]);
    expect(messagesOf(louder, volume(C, '5', 'in', 2))).toEqual([]);
    expect(messagesOf(state, energy(C, '5', 300))).toEqual([
      { event: 'energy', conference: C, data: '5', energy: 300 },
    ]);
  });

  it('keeps the volumes when a member is announced again (member events do not carry them)', () => {
    const state = given(joined(C, ann), volume(C, '5', 'out', 3), joined(C, { ...ann, name: 'Ann' }));
    expect(state.conferences.get(C)?.members[0]).toMatchObject({ name: 'Ann', volume_out: 3 });
  });

  it('sends nothing about a member the conference does not hold', () => {
    expect(messagesOf(given(joined(C, ann)), talking(C, '9'))).toEqual([]);
  });
});
