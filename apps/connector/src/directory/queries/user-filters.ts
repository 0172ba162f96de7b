import type { User } from '@fscon/contracts';

/** The list filters of /api/users/<filter>/:s and the field each one looks at. */
export const USER_FILTERS = {
  byid: (user: User, s: string) => user.id.startsWith(s),
  byname: (user: User, s: string) => user.name.startsWith(s),
  bycontext: (user: User, s: string) => user.context.startsWith(s),
  bypolymac: (user: User, s: string) => user.polymac.startsWith(s),
  byemail: (user: User, s: string) => user.email.includes(s),
} as const;

export type UserFilter = keyof typeof USER_FILTERS;

export function filterUsers(users: readonly User[], filter: UserFilter, s: string): User[] {
  return users.filter((user) => USER_FILTERS[filter](user, s));
}

export function matchUsers(users: readonly User[], s: string): { namematches: User[]; emailmatches: User[] } {
  return {
    namematches: users.filter((user) => user.name.includes(s)),
    emailmatches: users.filter((user) => user.email.includes(s)),
  };
}
