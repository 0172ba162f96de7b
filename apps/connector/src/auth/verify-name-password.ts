import { randomBytes } from 'node:crypto';
import type { User } from '@fscon/contracts';
import { constantTimeEqual } from './digest/constant-time';
import type { UserDirectory } from './user-directory.port';

/**
 * A plain name and password login (the live WebSocket): the user when both match. The comparison takes
 * the same time whether the name is unknown or the password wrong.
 */
export function verifyNamePassword(
  directory: UserDirectory,
  name: string,
  password: string,
): User | undefined {
  const user = directory.findByName(name);
  const matches = constantTimeEqual(user?.password ?? randomBytes(16).toString('hex'), password);
  return user !== undefined && matches ? user : undefined;
}
