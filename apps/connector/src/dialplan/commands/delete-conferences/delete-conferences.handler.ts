import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { ConfigTransactions } from '../../../config-files/config-transactions';
import { writeResponse } from '../../../config-files/write-response';
import type { DeleteConferenceRequest } from '../conference-requests';
import type { ConferencesWriteResponse } from '../conferences-write.response';
import { readConferencesView } from '../read-conferences-view';
import { DeleteConferencesCommand } from './delete-conferences.command';
import { decideDeleteConferences } from './decide-delete-conferences';

@CommandHandler(DeleteConferencesCommand)
export class DeleteConferencesHandler implements ICommandHandler<
  DeleteConferencesCommand,
  ConferencesWriteResponse<DeleteConferenceRequest>
> {
  constructor(
    private readonly transactions: ConfigTransactions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute(command: DeleteConferencesCommand): Promise<ConferencesWriteResponse<DeleteConferenceRequest>> {
    return this.transactions.run(async (tx) => {
      const view = await readConferencesView(tx, this.config.ranges);
      const { outcomes, changes } = decideDeleteConferences(view, command.conferences);
      return writeResponse('conferences/del', 'conference', outcomes, await tx.commitChanges(changes));
    });
  }
}
