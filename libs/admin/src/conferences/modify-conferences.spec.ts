import { deciderSpecification } from '../test-support/decider-specification';
import { DEMO_CONFERENCES, demoDialplan } from '../test-support/demo-dialplan';
import type { ConferenceEvent } from './conference-events';
import type { ModifyConferenceRequest } from './conference-requests';
import { conferencesDecider } from './conferences-decider';

const modifyConferences = (conferences: ModifyConferenceRequest[]) => ({
  type: 'ModifyConferences' as const,
  data: { conferences },
});
const results = (events: ConferenceEvent[]) =>
  events.map(({ data }) => ('error' in data ? data.error : data.conference.num));
const [team, friends] = DEMO_CONFERENCES;

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
