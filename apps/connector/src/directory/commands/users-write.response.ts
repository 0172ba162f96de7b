import type { User } from '@fscon/contracts';
import type { ConfigChange } from '../../config-files/config-change';
import type { ElementOutcome, WriteResponse } from '../../config-files/write-response';

/** `{op, done: [User], failed: [{error, user}]}` of the user write routes. */
export type UsersWriteResponse<TRequest> = WriteResponse<User, 'user', TRequest>;

/** How each element of a user request ends, and the files that change for it. */
export interface UsersDecision<TRequest> {
  outcomes: ElementOutcome<TRequest, User>[];
  changes: ConfigChange[];
}
