import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideUsers, type DeleteUserRequest } from '@fscon/admin';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { AdminJournal } from '../../../config-files/admin-journal';
import { ConfigTransactions } from '../../../config-files/config-transactions';
import { commitUserEvents } from '../commit-user-events';
import { readDirectoryState } from '../read-directory-state';
import type { UsersWriteResponse } from '../users-write.response';
import { DeleteUsersCommand } from './delete-users.command';

@CommandHandler(DeleteUsersCommand)
export class DeleteUsersHandler implements ICommandHandler<
  DeleteUsersCommand,
  UsersWriteResponse<DeleteUserRequest>
> {
  constructor(
    private readonly transactions: ConfigTransactions,
    private readonly journal: AdminJournal,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute({ users, caller }: DeleteUsersCommand): Promise<UsersWriteResponse<DeleteUserRequest>> {
    return this.transactions.run(async (tx) => {
      const state = await readDirectoryState(tx, this.config.ranges);
      const events = decideUsers({ type: 'DeleteUsers', data: { users } }, state);
      return commitUserEvents(tx, this.journal, { op: 'users/del', caller, requests: users }, events);
    });
  }
}
