import { DEFAULT_CONTEXT_RANGES } from '@fscon/contracts';
import { deciderSpecification } from '../test-support/decider-specification';
import { demoDialplan } from '../test-support/demo-dialplan';
import type { ConferenceEvent } from './conference-events';
import type { AddConferenceRequest } from './conference-requests';
import { conferencesDecider } from './conferences-decider';

const addConferences = (conferences: AddConferenceRequest[]) => ({
  type: 'AddConferences' as const,
  data: { conferences },
});
const results = (events: ConferenceEvent[]) =>
  events.map(({ data }) => ('error' in data ? data.error : data.conference.num));

describe('AddConferences', () => {
  const spec = deciderSpecification(conferencesDecider, demoDialplan());

  it('given the demo conferences, when adding one, then ConferenceAdded with the lowest free number of its context', () => {
    spec
      .given()
      .when(addConferences([{ name: 'board', type: '48kHz-video', context: 'team' }]))
      .then([
        {
          type: 'ConferenceAdded',
          data: {
            element: 0,
            conference: { num: '30001', name: 'board', type: '48kHz-video', context: 'team' },
          },
        },
      ]);
  });

  it('refuses taken names, unknown types and contexts, each element on its own', () => {
    const { events } = spec.given().when(
      addConferences([
        { name: 'team_g722', type: '16kHz-novideo', context: 'team' },
        { name: 'a', type: '8kHz', context: 'team' },
        { name: 'b', type: '16kHz-novideo', context: 'nobody' },
        { name: 'c', type: '16kHz-novideo', context: 'public' },
        { name: 'c', type: '16kHz-novideo', context: 'public' },
      ]),
    );
    expect(results(events)).toEqual([
      'name already taken',
      'type not implementet',
      'context does not exist',
      '32001',
      'name already taken',
    ]);
  });

  it('refuses a profile it has no extension template for', () => {
    const state = { ...demoDialplan(), conferencetypes: ['16kHz-novideo', 'custom'] };
    const { events } = deciderSpecification(conferencesDecider, state)
      .given()
      .when(addConferences([{ name: 'x', type: 'custom', context: 'team' }]));
    expect(results(events)).toEqual(['type not implementet']);
  });

  it('given files FreeSWITCH has not loaded, then their numbers are skipped, and a full range refuses', () => {
    const ranges = {
      ...DEFAULT_CONTEXT_RANGES,
      friends: { ...DEFAULT_CONTEXT_RANGES.friends, conferences: { first: 31000, last: 31002 } },
    };
    const state = { ...demoDialplan(undefined, ['dialplan/conferences/31001.xml']), ranges };
    const requests = ['a', 'b'].map((name) => ({ name, type: '16kHz-novideo', context: 'friends' }));
    const { events } = deciderSpecification(conferencesDecider, state).given().when(addConferences(requests));
    expect(results(events)).toEqual([
      '31002',
      'no free conference number left in the friends range 31000-31002',
    ]);
  });
});
