import { DEFAULT_CONTEXT_RANGES } from '@fscon/contracts';
import { givenConferences } from '../test-support/conferences.fixture';
import { decideAddConferences } from './decide-add-conferences';

const result = (outcome: { done: { num: string } } | { error: string }) =>
  'error' in outcome ? outcome.error : outcome.done.num;

describe('decideAddConferences', () => {
  it('given the demo conferences, when adding one, then it gets the lowest free number of its context', () => {
    const request = { name: 'board', type: '48kHz-video', context: 'team' };
    const { outcomes, changes } = decideAddConferences(givenConferences(), [request]);
    expect(outcomes).toEqual([
      { request, done: { num: '30001', name: 'board', type: '48kHz-video', context: 'team' } },
    ]);
    expect(changes).toEqual([
      { type: 'ConferenceFileWritten', conference: { num: '30001', name: 'board', type: '48kHz-video' } },
    ]);
  });

  it('fails taken names, unknown types and contexts, each element on its own', () => {
    const requests = [
      { name: 'team_g722', type: '16kHz-novideo', context: 'team' },
      { name: 'a', type: '8kHz', context: 'team' },
      { name: 'b', type: '16kHz-novideo', context: 'nobody' },
      { name: 'c', type: '16kHz-novideo', context: 'public' },
      { name: 'c', type: '16kHz-novideo', context: 'public' },
    ];
    const { outcomes, changes } = decideAddConferences(givenConferences(), requests);
    expect(outcomes.map(result)).toEqual([
      'name already taken',
      'type not implementet',
      'context does not exist',
      '32001',
      'name already taken',
    ]);
    expect(changes).toHaveLength(1);
  });

  it('refuses a profile it has no extension template for', () => {
    const view = { ...givenConferences(), conferencetypes: ['16kHz-novideo', 'custom'] };
    const { outcomes } = decideAddConferences(view, [{ name: 'x', type: 'custom', context: 'team' }]);
    expect(outcomes.map(result)).toEqual(['type not implementet']);
  });

  it('skips numbers held by files and says so when the range is full', () => {
    const ranges = {
      ...DEFAULT_CONTEXT_RANGES,
      friends: { ...DEFAULT_CONTEXT_RANGES.friends, conferences: { first: 31000, last: 31002 } },
    };
    const view = { ...givenConferences(undefined, ['dialplan/conferences/31001.xml']), ranges };
    const requests = ['a', 'b'].map((name) => ({ name, type: '16kHz-novideo', context: 'friends' }));
    expect(decideAddConferences(view, requests).outcomes.map(result)).toEqual([
      '31002',
      'no free conference number left in the friends range 31000-31002',
    ]);
  });
});
