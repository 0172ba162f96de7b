import { DEMO_CONFERENCES, givenConferences } from '../test-support/conferences.fixture';
import { decideDeleteConferences } from './decide-delete-conferences';

describe('decideDeleteConferences', () => {
  it('given conferences, when deleting, then their files go and unknown numbers fail', () => {
    const requests = [{ num: '31000' }, { num: '31000' }, { num: '1' }];
    const { outcomes, changes } = decideDeleteConferences(givenConferences(), requests);
    expect(outcomes).toEqual([
      { request: { num: '31000' }, done: DEMO_CONFERENCES[1] },
      { request: { num: '31000' }, error: 'no conference 31000' },
      { request: { num: '1' }, error: 'no conference 1' },
    ]);
    expect(changes).toEqual([{ type: 'ConferenceFileRemoved', num: '31000' }]);
  });
});
