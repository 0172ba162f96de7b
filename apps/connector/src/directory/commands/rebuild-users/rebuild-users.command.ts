import { Command } from '@nestjs/cqrs';
import type { User } from '@fscon/contracts';
import type { UsersWriteResponse } from '../users-write.response';

/** Every user file written anew from the xmlState. */
export class RebuildUsersCommand extends Command<UsersWriteResponse<User>> {
  constructor(
    /** The login name of the admin who asked. */
    readonly caller: string,
  ) {
    super();
  }
}
