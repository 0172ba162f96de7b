import { DEMO_USERS, givenUsers } from '../test-support/users-view.fixture';
import { decideDeleteUsers } from './decide-delete-users';

describe('decideDeleteUsers', () => {
  it('given users, when deleting some, then their files go and unknown ids fail', () => {
    const requests = [{ id: '21000' }, { id: '21000' }, { id: '12345' }];
    const { outcomes, changes } = decideDeleteUsers(givenUsers(), requests);
    expect(outcomes).toEqual([
      { request: { id: '21000' }, done: DEMO_USERS[2] },
      { request: { id: '21000' }, error: 'no userid 21000' },
      { request: { id: '12345' }, error: 'no userid 12345' },
    ]);
    expect(changes).toEqual([{ type: 'UserFileRemoved', context: 'friends', id: '21000' }]);
  });

  it('leaves users alone that are not defined in a file of their own', () => {
    const { outcomes, changes } = decideDeleteUsers(givenUsers(DEMO_USERS, []), []);
    expect(outcomes).toEqual([]);
    const view = { ...givenUsers(), files: new Set<string>() };
    expect(decideDeleteUsers(view, [{ id: '20000' }]).outcomes).toEqual([
      {
        request: { id: '20000' },
        error: 'userid 20000 is not defined in directory/team/20000.xml, so it cannot be changed',
      },
    ]);
    expect(changes).toEqual([]);
  });
});
