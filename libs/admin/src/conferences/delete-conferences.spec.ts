import { deciderSpecification } from '../test-support/decider-specification';
import { DEMO_CONFERENCES, demoDialplan } from '../test-support/demo-dialplan';
import { conferencesDecider } from './conferences-decider';

const [, friends, pub] = DEMO_CONFERENCES;

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
