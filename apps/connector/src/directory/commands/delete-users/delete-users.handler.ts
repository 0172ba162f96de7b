import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { ConfigTransactions } from '../../../config-files/config-transactions';
import { writeResponse } from '../../../config-files/write-response';
import { readUsersView } from '../read-users-view';
import type { DeleteUserRequest } from '../user-requests';
import type { UsersWriteResponse } from '../users-write.response';
import { DeleteUsersCommand } from './delete-users.command';
import { decideDeleteUsers } from './decide-delete-users';

@CommandHandler(DeleteUsersCommand)
export class DeleteUsersHandler implements ICommandHandler<
  DeleteUsersCommand,
  UsersWriteResponse<DeleteUserRequest>
> {
  constructor(
    private readonly transactions: ConfigTransactions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute(command: DeleteUsersCommand): Promise<UsersWriteResponse<DeleteUserRequest>> {
    return this.transactions.run(async (tx) => {
      const view = await readUsersView(tx, this.config.ranges);
      const { outcomes, changes } = decideDeleteUsers(view, command.users);
      return writeResponse('users/del', 'user', outcomes, await tx.commitChanges(changes));
    });
  }
}
