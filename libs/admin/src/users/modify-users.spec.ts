import { deciderSpecification } from '../test-support/decider-specification';
import { DEMO_USERS, demoDirectory, passwords } from '../test-support/demo-directory';
import type { ModifyUserRequest } from './user-requests';
import { usersDecider } from './users-decider';

const modifyUsers = (users: ModifyUserRequest[]) => ({
  type: 'ModifyUsers' as const,
  data: { users, generatedPasswords: passwords(users.length) },
});
const [, teamuser2, frienduser] = DEMO_USERS;

describe('ModifyUsers', () => {
  const spec = deciderSpecification(usersDecider, demoDirectory());

  it('when changing the email only, then UserChanged: the rest stays, the password is new and polymac none', () => {
    spec
      .given()
      .when(modifyUsers([{ id: '20001', email: 'new@example.org' }]))
      .then([
        {
          type: 'UserChanged',
          data: {
            element: 0,
            before: teamuser2,
            user: { ...teamuser2, password: 'p1', email: 'new@example.org', polymac: 'none' },
            filePin: { reference: 'modconpin' },
          },
        },
      ]);
  });

  it('given a pin that is not the default, when changing, then it is kept as a value and given values are taken', () => {
    const users = DEMO_USERS.map((user) => (user.id === '21000' ? { ...user, conpin: '999' } : user));
    const request = { id: '21000', name: ' renamed ', password: 'pw', polymac: 'AABBCCDDEEFF' };
    deciderSpecification(usersDecider, demoDirectory(users))
      .given()
      .when(modifyUsers([request]))
      .then([
        {
          type: 'UserChanged',
          data: {
            element: 0,
            before: { ...frienduser, conpin: '999' },
            user: { ...frienduser, conpin: '999', name: 'renamed', password: 'pw', polymac: 'aabbccddeeff' },
            filePin: { value: '999' },
          },
        },
      ]);
  });

  it('when the context changes, then the user gets an id of the new range and the default pin of its context', () => {
    spec
      .given()
      .when(modifyUsers([{ id: '21000', context: 'public' }]))
      .then([
        {
          type: 'UserChanged',
          data: {
            element: 0,
            before: frienduser,
            user: { ...frienduser, id: '22001', context: 'public', password: 'p1', conpin: '0815' },
            filePin: { reference: 'defconpin' },
          },
        },
      ]);
  });

  it('refuses unknown users, taken names, bad emails, unknown contexts and users it did not write', () => {
    const state = demoDirectory();
    const notOwn = {
      ...state,
      files: new Set([...state.files].filter((file) => !file.endsWith('22000.xml'))),
    };
    const requests = [
      { id: '29999' },
      { id: '20001', name: 'defaultuser' },
      { id: '20001', email: 'nope' },
      { id: '20001', context: 'admins' },
      { id: '22000', name: 'x' },
      { id: '20000', name: 'defaultuser' },
    ];
    const { events } = deciderSpecification(usersDecider, notOwn).given().when(modifyUsers(requests));
    expect(events.map(({ type, data }) => ('error' in data ? data.error : type))).toEqual([
      'no userid 29999',
      'name already taken',
      'email does not contain an email',
      'context does not exist',
      'userid 22000 is not defined in directory/public/22000.xml, so it cannot be changed',
      'UserChanged',
    ]);
  });

  it('given a user moved to another context, when changing it again, then the new id is known and the old one not', () => {
    const { events } = spec
      .given()
      .when(
        modifyUsers([{ id: '20000', context: 'friends' }, { id: '21001', name: 'again' }, { id: '20000' }]),
      );
    expect(events.map(({ data }) => ('error' in data ? data.error : 'user' in data && data.user.id))).toEqual(
      ['21001', '21001', 'no userid 20000'],
    );
  });
});
