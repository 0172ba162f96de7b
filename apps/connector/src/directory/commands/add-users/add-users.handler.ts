import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideUsers, type AddUserRequest } from '@fscon/admin';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { AdminJournal } from '../../../config-files/admin-journal';
import { ConfigTransactions } from '../../../config-files/config-transactions';
import { commitUserEvents } from '../commit-user-events';
import { PasswordGenerator } from '../password-generator';
import { readDirectoryState } from '../read-directory-state';
import type { UsersWriteResponse } from '../users-write.response';
import { AddUsersCommand } from './add-users.command';

@CommandHandler(AddUsersCommand)
export class AddUsersHandler implements ICommandHandler<AddUsersCommand, UsersWriteResponse<AddUserRequest>> {
  constructor(
    private readonly transactions: ConfigTransactions,
    private readonly journal: AdminJournal,
    private readonly passwords: PasswordGenerator,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute({ users, caller }: AddUsersCommand): Promise<UsersWriteResponse<AddUserRequest>> {
    return this.transactions.run(async (tx) => {
      const state = await readDirectoryState(tx, this.config.ranges);
      const generatedPasswords = users.map(() => this.passwords.generate());
      const events = decideUsers({ type: 'AddUsers', data: { users, generatedPasswords } }, state);
      return commitUserEvents(tx, this.journal, { op: 'users/add', caller, requests: users }, events);
    });
  }
}
