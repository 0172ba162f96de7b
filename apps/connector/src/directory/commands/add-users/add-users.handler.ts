import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { ConfigTransactions } from '../../../config-files/config-transactions';
import { writeResponse } from '../../../config-files/write-response';
import { PasswordGenerator } from '../password-generator';
import { readUsersView } from '../read-users-view';
import type { AddUserRequest } from '../user-requests';
import type { UsersWriteResponse } from '../users-write.response';
import { AddUsersCommand } from './add-users.command';
import { decideAddUsers } from './decide-add-users';

@CommandHandler(AddUsersCommand)
export class AddUsersHandler implements ICommandHandler<AddUsersCommand, UsersWriteResponse<AddUserRequest>> {
  constructor(
    private readonly transactions: ConfigTransactions,
    private readonly passwords: PasswordGenerator,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute(command: AddUsersCommand): Promise<UsersWriteResponse<AddUserRequest>> {
    return this.transactions.run(async (tx) => {
      const view = await readUsersView(tx, this.config.ranges);
      const { outcomes, changes } = decideAddUsers(view, command.users, () => this.passwords.generate());
      return writeResponse('users/add', 'user', outcomes, await tx.commitChanges(changes));
    });
  }
}
