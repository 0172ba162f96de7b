import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideUsers, type ModifyUserRequest } from '@fscon/admin';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { AdminJournal } from '../../../config-files/admin-journal';
import { ConfigTransactions } from '../../../config-files/config-transactions';
import { commitUserEvents } from '../commit-user-events';
import { PasswordGenerator } from '../password-generator';
import { readDirectoryState } from '../read-directory-state';
import type { UsersWriteResponse } from '../users-write.response';
import { ModifyUsersCommand } from './modify-users.command';

@CommandHandler(ModifyUsersCommand)
export class ModifyUsersHandler implements ICommandHandler<
  ModifyUsersCommand,
  UsersWriteResponse<ModifyUserRequest>
> {
  constructor(
    private readonly transactions: ConfigTransactions,
    private readonly journal: AdminJournal,
    private readonly passwords: PasswordGenerator,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute({ users, caller }: ModifyUsersCommand): Promise<UsersWriteResponse<ModifyUserRequest>> {
    return this.transactions.run(async (tx) => {
      const state = await readDirectoryState(tx, this.config.ranges);
      const generatedPasswords = users.map(() => this.passwords.generate());
      const events = decideUsers({ type: 'ModifyUsers', data: { users, generatedPasswords } }, state);
      return commitUserEvents(tx, this.journal, { op: 'users/mod', caller, requests: users }, events);
    });
  }
}
