import type { User } from '@fscon/contracts';

/** A user as others may keep it: without its password and conference pin. */
export type UserWithoutSecrets = Omit<User, 'password' | 'conpin'>;

export function userWithoutSecrets({ id, context, name, email, polymac }: User): UserWithoutSecrets {
  return { id, context, name, email, polymac };
}
