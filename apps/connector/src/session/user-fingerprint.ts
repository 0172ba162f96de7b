import { createHash } from 'node:crypto';
import type { User } from '@fscon/contracts';

/**
 * A digest of what a login stands for: id, name, context and password. A session or token issued for
 * one fingerprint ends as soon as the directory's user no longer has it (renamed, moved to another
 * context, new password, deleted), so no password is kept beside the directory.
 */
export function userFingerprint(user: User): string {
  return createHash('sha256')
    .update([user.id, user.name, user.context, user.password].join('\u0000'))
    .digest('base64url');
}
