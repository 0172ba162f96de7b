import { Command } from '@nestjs/cqrs';
import type { DeleteUserRequest } from '@fscon/admin';
import type { UsersWriteResponse } from '../users-write.response';

/** Users removed with their files. */
export class DeleteUsersCommand extends Command<UsersWriteResponse<DeleteUserRequest>> {
  constructor(
    readonly users: readonly DeleteUserRequest[],
    /** The login name of the admin who asked. */
    readonly caller: string,
  ) {
    super();
  }
}
