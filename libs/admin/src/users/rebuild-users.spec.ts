import { deciderSpecification } from '../test-support/decider-specification';
import { DEMO_USERS, demoDirectory } from '../test-support/demo-directory';
import { usersDecider } from './users-decider';

const rebuild = { type: 'RebuildUsers' as const, data: {} };

describe('RebuildUsers', () => {
  it('given the state, when rebuilding, then UsersRebuilt with every user and global pins as references', () => {
    const ownPin = { ...DEMO_USERS[3], id: '22001', name: 'own pin', conpin: '1234' };
    const [team, team2, friend, pub] = DEMO_USERS;
    deciderSpecification(usersDecider, demoDirectory([...DEMO_USERS, ownPin]))
      .given()
      .when(rebuild)
      .then([
        {
          type: 'UsersRebuilt',
          data: {
            users: [
              { element: 0, user: team, filePin: { reference: 'modconpin' } },
              { element: 1, user: team2, filePin: { reference: 'modconpin' } },
              { element: 2, user: friend, filePin: { reference: 'modconpin' } },
              { element: 3, user: pub, filePin: { reference: 'defconpin' } },
              { element: 4, user: ownPin, filePin: { value: '1234' } },
            ],
          },
        },
      ]);
  });

  it('given a user whose id cannot name a file, when rebuilding, then it is refused and nothing is rebuilt', () => {
    const odd = { ...DEMO_USERS[0], id: '../20000' };
    deciderSpecification(usersDecider, { ...demoDirectory([]), users: new Map([[odd.id, odd]]) })
      .given()
      .when(rebuild)
      .then([{ type: 'UserRefused', data: { element: 0, error: 'userid ../20000 is not a number' } }]);
  });
});
