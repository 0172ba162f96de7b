import { countingPasswords, DEMO_USERS, givenUsers } from '../test-support/users-view.fixture';
import { decideModifyUsers } from './decide-modify-users';

const result = (outcome: { done: unknown } | { error: string }) =>
  'error' in outcome ? outcome.error : outcome.done;

describe('decideModifyUsers', () => {
  it('given a user, when changing the email only, then the rest stays but the password is new and polymac none', () => {
    const { outcomes, changes } = decideModifyUsers(
      givenUsers(),
      [{ id: '20001', email: 'new@example.org' }],
      countingPasswords(),
    );
    expect(outcomes.map(result)).toEqual([
      {
        id: '20001',
        password: 'p1',
        conpin: '2357',
        context: 'team',
        name: 'teamuser2',
        email: 'new@example.org',
        polymac: 'none',
      },
    ]);
    expect(changes).toEqual([
      {
        type: 'UserFileWritten',
        user: {
          id: '20001',
          password: 'p1',
          conpin: { reference: 'modconpin' },
          context: 'team',
          name: 'teamuser2',
          email: 'new@example.org',
          polymac: 'none',
        },
      },
    ]);
  });

  it('keeps a pin that is not the default as a value, and takes given values', () => {
    const users = DEMO_USERS.map((user) => (user.id === '21000' ? { ...user, conpin: '999' } : user));
    const request = { id: '21000', name: ' renamed ', password: 'pw', polymac: 'AABBCCDDEEFF' };
    const { outcomes, changes } = decideModifyUsers(givenUsers(users), [request], countingPasswords());
    expect(outcomes.map(result)).toEqual([
      {
        id: '21000',
        password: 'pw',
        conpin: '999',
        context: 'friends',
        name: 'renamed',
        email: 'friend@example.org',
        polymac: 'aabbccddeeff',
      },
    ]);
    expect(changes[0]).toMatchObject({ user: { conpin: { value: '999' } } });
  });

  it('when the context changes, then the user gets an id of the new range and the old file goes', () => {
    const { outcomes, changes } = decideModifyUsers(
      givenUsers(),
      [{ id: '21000', context: 'public' }],
      countingPasswords(),
    );
    expect(outcomes.map(result)).toEqual([
      {
        id: '22001',
        password: 'p1',
        conpin: '0815',
        context: 'public',
        name: 'frienduser',
        email: 'friend@example.org',
        polymac: 'none',
      },
    ]);
    expect(changes).toEqual([
      { type: 'UserFileRemoved', context: 'friends', id: '21000' },
      expect.objectContaining({
        type: 'UserFileWritten',
        user: expect.objectContaining({ id: '22001', conpin: { reference: 'defconpin' } }),
      }),
    ]);
  });

  it('fails unknown users, taken names, bad emails, unknown contexts and users it did not write', () => {
    const view = givenUsers();
    const notOwn = { ...view, files: new Set([...view.files].filter((file) => !file.endsWith('22000.xml'))) };
    const requests = [
      { id: '29999' },
      { id: '20001', name: 'defaultuser' },
      { id: '20001', email: 'nope' },
      { id: '20001', context: 'admins' },
      { id: '22000', name: 'x' },
      { id: '20000', name: 'defaultuser' },
    ];
    const { outcomes, changes } = decideModifyUsers(notOwn, requests, countingPasswords());
    expect(outcomes.map((outcome) => ('error' in outcome ? outcome.error : 'done'))).toEqual([
      'no userid 29999',
      'name already taken',
      'email does not contain an email',
      'context does not exist',
      'userid 22000 is not defined in directory/public/22000.xml, so it cannot be changed',
      'done',
    ]);
    expect(changes).toHaveLength(1);
  });

  it('sees what earlier elements of the same request did', () => {
    const requests = [{ id: '20000', context: 'friends' }, { id: '21001', name: 'again' }, { id: '20000' }];
    const { outcomes } = decideModifyUsers(givenUsers(), requests, countingPasswords());
    expect(outcomes.map((outcome) => ('error' in outcome ? outcome.error : outcome.done.id))).toEqual([
      '21001',
      '21001',
      'no userid 20000',
    ]);
  });
});
