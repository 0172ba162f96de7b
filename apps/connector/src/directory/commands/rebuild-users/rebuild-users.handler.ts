import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { User } from '@fscon/contracts';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { ConfigTransactions } from '../../../config-files/config-transactions';
import { writeResponse } from '../../../config-files/write-response';
import { readUsersView } from '../read-users-view';
import type { UsersWriteResponse } from '../users-write.response';
import { RebuildUsersCommand } from './rebuild-users.command';
import { decideRebuildUsers } from './decide-rebuild-users';

@CommandHandler(RebuildUsersCommand)
export class RebuildUsersHandler implements ICommandHandler<RebuildUsersCommand, UsersWriteResponse<User>> {
  constructor(
    private readonly transactions: ConfigTransactions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute(): Promise<UsersWriteResponse<User>> {
    return this.transactions.run(async (tx) => {
      const { outcomes, changes } = decideRebuildUsers(await readUsersView(tx, this.config.ranges));
      return writeResponse('users/rebuild', 'user', outcomes, await tx.commitChanges(changes));
    });
  }
}
