import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { ConfigTransactions } from '../../../config-files/config-transactions';
import { writeResponse } from '../../../config-files/write-response';
import { PasswordGenerator } from '../password-generator';
import { readUsersView } from '../read-users-view';
import type { ModifyUserRequest } from '../user-requests';
import type { UsersWriteResponse } from '../users-write.response';
import { ModifyUsersCommand } from './modify-users.command';
import { decideModifyUsers } from './decide-modify-users';

@CommandHandler(ModifyUsersCommand)
export class ModifyUsersHandler implements ICommandHandler<
  ModifyUsersCommand,
  UsersWriteResponse<ModifyUserRequest>
> {
  constructor(
    private readonly transactions: ConfigTransactions,
    private readonly passwords: PasswordGenerator,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute(command: ModifyUsersCommand): Promise<UsersWriteResponse<ModifyUserRequest>> {
    return this.transactions.run(async (tx) => {
      const view = await readUsersView(tx, this.config.ranges);
      const { outcomes, changes } = decideModifyUsers(view, command.users, () => this.passwords.generate());
      return writeResponse('users/mod', 'user', outcomes, await tx.commitChanges(changes));
    });
  }
}
