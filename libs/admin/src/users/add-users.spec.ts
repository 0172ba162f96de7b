import { DEFAULT_CONTEXT_RANGES } from '@fscon/contracts';
import { deciderSpecification } from '../test-support/decider-specification';
import { DEMO_USERS, demoDirectory, GLOBALS, passwords } from '../test-support/demo-directory';
import type { AddUserRequest } from './user-requests';
import { usersDecider } from './users-decider';

const add = { name: 'new', email: 'new@example.org', context: 'friends' };
const addUsers = (users: AddUserRequest[]) => ({
  type: 'AddUsers' as const,
  data: { users, generatedPasswords: passwords(users.length) },
});
const outcomes = (events: { type: string; data: object }[]) =>
  events.map(({ data }) => ('error' in data ? data.error : 'user' in data ? data.user : data));

describe('AddUsers', () => {
  const spec = deciderSpecification(usersDecider, demoDirectory());

  it('given the demo users, when adding a friend, then UserAdded with the lowest free id, a password and the default pin', () => {
    spec
      .given()
      .when(addUsers([add]))
      .then([
        {
          type: 'UserAdded',
          data: {
            element: 0,
            user: {
              id: '21001',
              password: 'p1',
              conpin: '0815',
              context: 'friends',
              name: 'new',
              email: 'new@example.org',
              polymac: 'none',
            },
            filePin: { reference: 'defconpin' },
          },
        },
      ]);
  });

  it('given a friend added, when adding another, then it gets the next id', () => {
    const [added] = spec.given().when(addUsers([add])).events;
    const { events } = spec.given(added).when(addUsers([{ ...add, name: 'other' }]));
    expect(outcomes(events)).toEqual([expect.objectContaining({ id: '21002', name: 'other' })]);
  });

  it('when adding team users, then they get the moderator pin and keep what they chose, trimmed and lower-cased', () => {
    const request = {
      name: ' Ann ',
      email: ' ann@example.org ',
      context: 'team',
      password: 'secret',
      conpin: '4711',
      polymac: '0004F2AABBCD',
    };
    const { events } = spec.given().when(addUsers([request, { ...add, name: 'Bob', context: 'team' }]));
    expect(outcomes(events)).toEqual([
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
        password: 'p2',
        conpin: GLOBALS.modconpin,
        context: 'team',
        name: 'Bob',
        email: 'new@example.org',
        polymac: 'none',
      },
    ]);
    expect(events.map(({ data }) => 'filePin' in data && data.filePin)).toEqual([
      { value: '4711' },
      { reference: 'modconpin' },
    ]);
  });

  it('when the given password is empty, then the generated one is taken', () => {
    const { events } = spec.given().when(addUsers([{ ...add, password: '' }]));
    expect(outcomes(events)).toEqual([expect.objectContaining({ password: 'p1' })]);
  });

  it('when elements are bad, then each is refused on its own with the error strings of the original', () => {
    const requests = [
      { ...add, name: 'defaultuser' },
      { ...add, name: ' new ' },
      { ...add, name: 'new' },
      { ...add, name: 'x', email: 'no mail' },
      { ...add, name: 'y', context: 'admins' },
      { ...add, name: 'z', polymac: '0004f2aabbcc' },
    ];
    const { events } = spec.given().when(addUsers(requests));
    expect(events.map(({ type, data }) => ('error' in data ? data.error : type))).toEqual([
      'name already taken',
      'UserAdded',
      'name already taken',
      'email does not contain an email',
      'context does not exist',
      'polymac already taken',
    ]);
    expect(events.map(({ data }) => 'element' in data && data.element)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('given files FreeSWITCH has not loaded, when adding, then their ids are skipped, and a full range refuses', () => {
    const small = {
      ...DEFAULT_CONTEXT_RANGES,
      public: { ...DEFAULT_CONTEXT_RANGES.public, users: { first: 22000, last: 22002 } },
    };
    const state = { ...demoDirectory(DEMO_USERS, ['directory/public/22001.xml']), ranges: small };
    const requests = ['a', 'b'].map((name) => ({ ...add, name, context: 'public' }));
    const { events } = deciderSpecification(usersDecider, state).given().when(addUsers(requests));
    expect(events.map(({ data }) => ('error' in data ? data.error : 'user' in data && data.user.id))).toEqual(
      ['22002', 'no free user id left in the public range 22000-22002'],
    );
  });
});
