import { Command } from '@nestjs/cqrs';
import type { ModifyUserRequest } from '@fscon/admin';
import type { UsersWriteResponse } from '../users-write.response';

/** Changes to users; a new context moves a user to a new id. */
export class ModifyUsersCommand extends Command<UsersWriteResponse<ModifyUserRequest>> {
  constructor(
    readonly users: readonly ModifyUserRequest[],
    /** The login name of the admin who asked. */
    readonly caller: string,
  ) {
    super();
  }
}
