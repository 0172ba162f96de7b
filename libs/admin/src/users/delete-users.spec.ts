import { deciderSpecification } from '../test-support/decider-specification';
import { DEMO_USERS, demoDirectory } from '../test-support/demo-directory';
import { usersDecider } from './users-decider';

const deleteUsers = (ids: string[]) => ({
  type: 'DeleteUsers' as const,
  data: { users: ids.map((id) => ({ id })) },
});

describe('DeleteUsers', () => {
  it('given the demo users, when deleting one twice and an unknown id, then UserDeleted once and refusals', () => {
    deciderSpecification(usersDecider, demoDirectory())
      .given()
      .when(deleteUsers(['21000', '21000', '12345']))
      .then([
        { type: 'UserDeleted', data: { element: 0, user: DEMO_USERS[2] } },
        { type: 'UserRefused', data: { element: 1, error: 'no userid 21000' } },
        { type: 'UserRefused', data: { element: 2, error: 'no userid 12345' } },
      ]);
  });

  it('given a user without a file of its own, when deleting it, then it is refused', () => {
    const state = { ...demoDirectory(), files: new Set<string>() };
    deciderSpecification(usersDecider, state)
      .given()
      .when(deleteUsers(['20000']))
      .then([
        {
          type: 'UserRefused',
          data: {
            element: 0,
            error: 'userid 20000 is not defined in directory/team/20000.xml, so it cannot be changed',
          },
        },
      ]);
  });

  it('given a user deleted, when adding one to its context, then the freed id is handed out again', () => {
    const spec = deciderSpecification(usersDecider, demoDirectory());
    const { events } = spec.given({ type: 'UserDeleted', data: { element: 0, user: DEMO_USERS[2] } }).when({
      type: 'AddUsers',
      data: { users: [{ name: 'n', email: 'n@example.org', context: 'friends' }], generatedPasswords: ['p'] },
    });
    expect(events).toEqual([
      expect.objectContaining({
        type: 'UserAdded',
        data: expect.objectContaining({ user: expect.objectContaining({ id: '21000' }) }),
      }),
    ]);
  });
});
