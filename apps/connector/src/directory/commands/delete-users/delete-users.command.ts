import { Command } from '@nestjs/cqrs';
import type { DeleteUserRequest } from '../user-requests';
import type { UsersWriteResponse } from '../users-write.response';

/** Users removed with their files. */
export class DeleteUsersCommand extends Command<UsersWriteResponse<DeleteUserRequest>> {
  constructor(readonly users: readonly DeleteUserRequest[]) {
    super();
  }
}
