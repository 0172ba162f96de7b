import { Command } from '@nestjs/cqrs';
import type { AddUserRequest } from '@fscon/admin';
import type { UsersWriteResponse } from '../users-write.response';

/** New users, each in its own file. */
export class AddUsersCommand extends Command<UsersWriteResponse<AddUserRequest>> {
  constructor(
    readonly users: readonly AddUserRequest[],
    /** The login name of the admin who asked. */
    readonly caller: string,
  ) {
    super();
  }
}
