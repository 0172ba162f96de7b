import { CONTEXTS, type Conference, type Context } from '@fscon/contracts';
import fc from 'fast-check';
import { SAMPLE_CONFERENCES } from './test-support/sample-state';
import { conferencesVisibleTo } from './visibility';

const nums = (conferences: Conference[]) => conferences.map((conference) => conference.num);

describe('conferencesVisibleTo', () => {
  it('shows team users every conference, in number order', () => {
    expect(nums(conferencesVisibleTo('team', SAMPLE_CONFERENCES))).toEqual([
      '30000',
      '30001',
      '31000',
      '31001',
      '32000',
      '32001',
    ]);
  });

  it('shows friends the friends and public conferences', () => {
    expect(nums(conferencesVisibleTo('friends', SAMPLE_CONFERENCES))).toEqual([
      '31000',
      '31001',
      '32000',
      '32001',
    ]);
  });

  it('shows public users the public conferences', () => {
    expect(nums(conferencesVisibleTo('public', SAMPLE_CONFERENCES))).toEqual(['32000', '32001']);
  });

  it('orders by numeric value, not text, and puts odd numbers last', () => {
    const conference = (num: string): Conference => ({ num, name: `c${num}`, type: 't', context: 'public' });
    const input = ['x1', '32010', '3209', 'a0', '32000'].map(conference);
    expect(nums(conferencesVisibleTo('public', input))).toEqual(['3209', '32000', '32010', 'a0', 'x1']);
  });

  it('leaves its input alone', () => {
    const input = [...SAMPLE_CONFERENCES];
    conferencesVisibleTo('team', input);
    expect(input).toEqual(SAMPLE_CONFERENCES);
  });

  it('never shows a conference of a context the user may not see, and never drops one they may', () => {
    const allowed: Record<Context, Context[]> = {
      team: ['team', 'friends', 'public'],
      friends: ['friends', 'public'],
      public: ['public'],
    };
    const conferenceArb = fc.record({
      num: fc.integer({ min: 30000, max: 32999 }).map(String),
      name: fc.string(),
      type: fc.string(),
      context: fc.constantFrom(...CONTEXTS),
    });
    fc.assert(
      fc.property(fc.constantFrom(...CONTEXTS), fc.array(conferenceArb), (context, conferences) => {
        const visible = conferencesVisibleTo(context, conferences);
        const expected = conferences.filter((conference) => allowed[context].includes(conference.context));
        expect(visible).toHaveLength(expected.length);
        expect(new Set(visible)).toEqual(new Set(expected));
      }),
    );
  });
});
