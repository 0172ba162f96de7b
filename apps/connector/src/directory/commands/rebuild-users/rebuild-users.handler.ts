import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideUsers } from '@fscon/admin';
import type { User } from '@fscon/contracts';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { AdminJournal } from '../../../config-files/admin-journal';
import { ConfigTransactions } from '../../../config-files/config-transactions';
import { commitUserEvents } from '../commit-user-events';
import { readDirectoryState } from '../read-directory-state';
import type { UsersWriteResponse } from '../users-write.response';
import { RebuildUsersCommand } from './rebuild-users.command';

@CommandHandler(RebuildUsersCommand)
export class RebuildUsersHandler implements ICommandHandler<RebuildUsersCommand, UsersWriteResponse<User>> {
  constructor(
    private readonly transactions: ConfigTransactions,
    private readonly journal: AdminJournal,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute({ caller }: RebuildUsersCommand): Promise<UsersWriteResponse<User>> {
    return this.transactions.run(async (tx) => {
      const state = await readDirectoryState(tx, this.config.ranges);
      const events = decideUsers({ type: 'RebuildUsers', data: {} }, state);
      const requests = [...state.users.values()];
      return commitUserEvents(tx, this.journal, { op: 'users/rebuild', caller, requests }, events);
    });
  }
}
