import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideConferences, type DeleteConferenceRequest } from '@fscon/admin';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { AdminJournal } from '../../../config-files/admin-journal';
import { ConfigTransactions } from '../../../config-files/config-transactions';
import { commitConferenceEvents } from '../commit-conference-events';
import type { ConferencesWriteResponse } from '../conferences-write.response';
import { readDialplanState } from '../read-dialplan-state';
import { DeleteConferencesCommand } from './delete-conferences.command';

@CommandHandler(DeleteConferencesCommand)
export class DeleteConferencesHandler implements ICommandHandler<
  DeleteConferencesCommand,
  ConferencesWriteResponse<DeleteConferenceRequest>
> {
  constructor(
    private readonly transactions: ConfigTransactions,
    private readonly journal: AdminJournal,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute({
    conferences,
    caller,
  }: DeleteConferencesCommand): Promise<ConferencesWriteResponse<DeleteConferenceRequest>> {
    return this.transactions.run(async (tx) => {
      const state = await readDialplanState(tx, this.config.ranges);
      const events = decideConferences({ type: 'DeleteConferences', data: { conferences } }, state);
      const write = { op: 'conferences/del', caller, requests: conferences };
      return commitConferenceEvents(tx, this.journal, write, events);
    });
  }
}
