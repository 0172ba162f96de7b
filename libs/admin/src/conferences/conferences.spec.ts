import { DEFAULT_CONTEXT_RANGES } from '@fscon/contracts';
import { deciderSpecification } from '../test-support/decider-specification';
import { DEMO_CONFERENCES, demoDialplan } from '../test-support/demo-dialplan';
import type { ConferenceEvent } from './conference-events';
import type { AddConferenceRequest, ModifyConferenceRequest } from './conference-requests';
import { conferencesDecider } from './conferences-decider';

const addConferences = (conferences: AddConferenceRequest[]) => ({
  type: 'AddConferences' as const,
  data: { conferences },
});
const modifyConferences = (conferences: ModifyConferenceRequest[]) => ({
  type: 'ModifyConferences' as const,
  data: { conferences },
});
const results = (events: ConferenceEvent[]) =>
  events.map(({ data }) => ('error' in data ? data.error : data.conference.num));
const [team, friends, pub] = DEMO_CONFERENCES;

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

describe('ModifyConferences', () => {
  const spec = deciderSpecification(conferencesDecider, demoDialplan());

  it('when renaming a conference, then ConferenceChanged with the rest kept', () => {
    spec
      .given()
      .when(modifyConferences([{ num: '31000', name: 'renamed' }]))
      .then([
        {
          type: 'ConferenceChanged',
          data: { element: 0, before: friends, conference: { ...friends, name: 'renamed' } },
        },
      ]);
  });

  it('when the context changes, then the conference gets a number of the new range', () => {
    spec
      .given()
      .when(modifyConferences([{ num: '30000', context: 'public', type: '48kHz-video' }]))
      .then([
        {
          type: 'ConferenceChanged',
          data: {
            element: 0,
            before: team,
            conference: { num: '32001', name: 'team_g722', type: '48kHz-video', context: 'public' },
          },
        },
      ]);
  });

  it('refuses unknown numbers, taken names, unknown types and contexts, and foreign files', () => {
    const state = {
      ...demoDialplan(),
      files: new Set(['dialplan/conferences/30000.xml', 'dialplan/conferences/31000.xml']),
    };
    const { events } = deciderSpecification(conferencesDecider, state)
      .given()
      .when(
        modifyConferences([
          { num: '39999' },
          { num: '30000', name: 'friends_conf' },
          { num: '30000', type: 'nope' },
          { num: '30000', context: 'nope' },
          { num: '32000', name: 'x' },
          { num: '30000', name: 'team_g722' },
        ]),
      );
    expect(results(events)).toEqual([
      'no conference 39999',
      'name already taken',
      'type not implementet',
      'context does not exist',
      'conference 32000 is not defined in dialplan/conferences/32000.xml, so it cannot be changed',
      '30000',
    ]);
  });

  it('given a conference added, when renaming another to its name, then that is refused', () => {
    const added: ConferenceEvent = {
      type: 'ConferenceAdded',
      data: { element: 0, conference: { num: '30001', name: 'board', type: '48kHz-video', context: 'team' } },
    };
    const { events } = spec.given(added).when(modifyConferences([{ num: '32000', name: 'board' }]));
    expect(results(events)).toEqual(['name already taken']);
  });
});

describe('DeleteConferences', () => {
  it('given the demo conferences, when deleting one twice and an unknown number, then ConferenceDeleted once', () => {
    deciderSpecification(conferencesDecider, demoDialplan())
      .given()
      .when({
        type: 'DeleteConferences',
        data: { conferences: [{ num: '31000' }, { num: '31000' }, { num: '1' }] },
      })
      .then([
        { type: 'ConferenceDeleted', data: { element: 0, conference: friends } },
        { type: 'ConferenceRefused', data: { element: 1, error: 'no conference 31000' } },
        { type: 'ConferenceRefused', data: { element: 2, error: 'no conference 1' } },
      ]);
  });

  it('given a conference without a file of its own, when deleting it, then it is refused', () => {
    const state = { ...demoDialplan(), files: new Set<string>() };
    deciderSpecification(conferencesDecider, state)
      .given()
      .when({ type: 'DeleteConferences', data: { conferences: [{ num: pub.num }] } })
      .then([
        {
          type: 'ConferenceRefused',
          data: {
            element: 0,
            error:
              'conference 32000 is not defined in dialplan/conferences/32000.xml, so it cannot be changed',
          },
        },
      ]);
  });
});
