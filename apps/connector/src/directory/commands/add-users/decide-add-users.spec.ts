import { DEFAULT_CONTEXT_RANGES } from '@fscon/contracts';
import { countingPasswords, givenUsers, GLOBALS } from '../test-support/users-view.fixture';
import { decideAddUsers } from './decide-add-users';

const add = { name: 'new', email: 'new@example.org', context: 'friends' };

describe('decideAddUsers', () => {
  it('given the demo users, when adding a friend, then it gets the lowest free id, a password, the default pin', () => {
    const { outcomes, changes } = decideAddUsers(givenUsers(), [add], countingPasswords());
    expect(outcomes).toEqual([
      {
        request: add,
        done: {
          id: '21001',
          password: 'p1',
          conpin: '0815',
          context: 'friends',
          name: 'new',
          email: 'new@example.org',
          polymac: 'none',
        },
      },
    ]);
    expect(changes).toEqual([
      {
        type: 'UserFileWritten',
        user: {
          id: '21001',
          password: 'p1',
          conpin: { reference: 'defconpin' },
          context: 'friends',
          name: 'new',
          email: 'new@example.org',
          polymac: 'none',
        },
      },
    ]);
  });

  it('gives team users the moderator pin and keeps what the request chose, trimmed and lower-cased', () => {
    const request = {
      name: ' Ann ',
      email: ' ann@example.org ',
      context: 'team',
      password: 'secret',
      conpin: '4711',
      polymac: '0004F2AABBCD',
    };
    const { outcomes, changes } = decideAddUsers(
      givenUsers(),
      [request, { ...add, name: 'Bob', context: 'team' }],
      countingPasswords(),
    );
    expect(outcomes.map((outcome) => ('done' in outcome ? outcome.done : outcome.error))).toEqual([
      {
        id: '20002',
        password: 'secret',
        conpin: '4711',
        context: 'team',
        name: 'Ann',
        email: 'ann@example.org',
        polymac: '0004f2aabbcd',
      },
      {
        id: '20003',
        password: 'p1',
        conpin: GLOBALS.modconpin,
        context: 'team',
        name: 'Bob',
        email: 'new@example.org',
        polymac: 'none',
      },
    ]);
    expect(changes.map((change) => change.type === 'UserFileWritten' && change.user.conpin)).toEqual([
      { value: '4711' },
      { reference: 'modconpin' },
    ]);
  });

  it('generates a password when the given one is empty', () => {
    const { outcomes } = decideAddUsers(givenUsers(), [{ ...add, password: '' }], countingPasswords());
    expect(outcomes[0]).toMatchObject({ done: { password: 'p1' } });
  });

  it('fails each bad element on its own with the error strings of the original', () => {
    const requests = [
      { ...add, name: 'defaultuser' },
      { ...add, name: ' new ' },
      { ...add, name: 'new' },
      { ...add, name: 'x', email: 'no mail' },
      { ...add, name: 'y', context: 'admins' },
      { ...add, name: 'z', polymac: '0004f2aabbcc' },
    ];
    const { outcomes, changes } = decideAddUsers(givenUsers(), requests, countingPasswords());
    expect(outcomes.map((outcome) => ('error' in outcome ? outcome.error : outcome.done.id))).toEqual([
      'name already taken',
      '21001',
      'name already taken',
      'email does not contain an email',
      'context does not exist',
      'polymac already taken',
    ]);
    expect(changes).toHaveLength(1);
  });

  it('skips ids held by files FreeSWITCH has not loaded, and says so when the range is full', () => {
    const small = {
      ...DEFAULT_CONTEXT_RANGES,
      public: { ...DEFAULT_CONTEXT_RANGES.public, users: { first: 22000, last: 22002 } },
    };
    const view = { ...givenUsers(undefined, ['directory/public/22001.xml']), ranges: small };
    const requests = ['a', 'b'].map((name) => ({ ...add, name, context: 'public' }));
    const { outcomes } = decideAddUsers(view, requests, countingPasswords());
    expect(outcomes.map((outcome) => ('error' in outcome ? outcome.error : outcome.done.id))).toEqual([
      '22002',
      'no free user id left in the public range 22000-22002',
    ]);
  });
});
