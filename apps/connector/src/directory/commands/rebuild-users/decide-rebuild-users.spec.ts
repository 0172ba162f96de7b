import { DEMO_USERS, givenUsers } from '../test-support/users-view.fixture';
import { decideRebuildUsers } from './decide-rebuild-users';

describe('decideRebuildUsers', () => {
  it('given the state, when rebuilding, then every user is written with global pins as references', () => {
    const users = [...DEMO_USERS, { ...DEMO_USERS[3], id: '22001', name: 'own pin', conpin: '1234' }];
    const { outcomes, changes } = decideRebuildUsers(givenUsers(users));
    expect(outcomes.map((outcome) => ('done' in outcome ? outcome.done : outcome.error))).toEqual(users);
    expect(
      changes.map((change) => change.type === 'UserFileWritten' && [change.user.id, change.user.conpin]),
    ).toEqual([
      ['20000', { reference: 'modconpin' }],
      ['20001', { reference: 'modconpin' }],
      ['21000', { reference: 'modconpin' }],
      ['22000', { reference: 'defconpin' }],
      ['22001', { value: '1234' }],
    ]);
  });

  it('fails users whose id cannot name a file', () => {
    const odd = { ...DEMO_USERS[0], id: '../20000' };
    const { outcomes, changes } = decideRebuildUsers({ ...givenUsers([]), users: [odd] });
    expect(outcomes).toEqual([{ request: odd, error: 'userid ../20000 is not a number' }]);
    expect(changes).toEqual([]);
  });
});
