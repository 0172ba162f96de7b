import type { User } from '@fscon/contracts';
import type { WriteResponse } from '../../config-files/write-response';

/** `{op, done: [User], failed: [{error, user}]}` of the user write routes. */
export type UsersWriteResponse<TRequest> = WriteResponse<User, 'user', TRequest>;
