import type { Context, User } from '@fscon/contracts';

function user(id: string, name: string, password: string, context: Context): User {
  return { id, name, password, context, conpin: '2357', email: `${id}@example.org`, polymac: 'none' };
}

/** One user per context, and a team user whose name is not ASCII. */
export const TEST_USERS = {
  alice: user('20000', 'alice', 'alice-pw', 'team'),
  jurgen: user('20001', 'Jürgen Øster', 'pw-ü', 'team'),
  fred: user('21000', 'fred', 'fred-pw', 'friends'),
  paula: user('22000', 'paula', 'paula-pw', 'public'),
} as const;
