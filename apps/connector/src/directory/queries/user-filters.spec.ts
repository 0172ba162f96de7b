import type { User } from '@fscon/contracts';
import { filterUsers, matchUsers } from './user-filters';

const user = (id: string, name: string, email: string, context: User['context'], polymac = 'none'): User => ({
  id,
  name,
  email,
  context,
  polymac,
  password: 'pw',
  conpin: '0815',
});

const users = [
  user('20000', 'defaultuser', 'foo@bar.baz', 'team'),
  user('20001', 'teamuser2', 'team2@example.org', 'team', '0004f2aabbcc'),
  user('21000', 'frienduser', 'friend@example.org', 'friends'),
  user('22000', 'publicuser', 'public@example.org', 'public'),
];

describe('user filters', () => {
  it('match ids, names, contexts and polymacs from the start', () => {
    expect(filterUsers(users, 'byid', '2000').map((u) => u.id)).toEqual(['20000', '20001']);
    expect(filterUsers(users, 'byname', 'user')).toEqual([]);
    expect(filterUsers(users, 'byname', 'team').map((u) => u.id)).toEqual(['20001']);
    expect(filterUsers(users, 'bycontext', 'fr').map((u) => u.id)).toEqual(['21000']);
    expect(filterUsers(users, 'bypolymac', '0004f2').map((u) => u.id)).toEqual(['20001']);
  });

  it('match e-mail addresses anywhere', () => {
    expect(filterUsers(users, 'byemail', 'example.org').map((u) => u.id)).toEqual([
      '20001',
      '21000',
      '22000',
    ]);
  });

  it('match names and e-mail addresses anywhere for match', () => {
    const { namematches, emailmatches } = matchUsers(users, 'friend');
    expect(namematches.map((u) => u.id)).toEqual(['21000']);
    expect(emailmatches.map((u) => u.id)).toEqual(['21000']);
    expect(matchUsers(users, 'bar').emailmatches.map((u) => u.id)).toEqual(['20000']);
  });
});
