import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { ConfigTransactions } from '../../../config-files/config-transactions';
import { writeResponse } from '../../../config-files/write-response';
import type { AddConferenceRequest } from '../conference-requests';
import type { ConferencesWriteResponse } from '../conferences-write.response';
import { readConferencesView } from '../read-conferences-view';
import { AddConferencesCommand } from './add-conferences.command';
import { decideAddConferences } from './decide-add-conferences';

@CommandHandler(AddConferencesCommand)
export class AddConferencesHandler implements ICommandHandler<
  AddConferencesCommand,
  ConferencesWriteResponse<AddConferenceRequest>
> {
  constructor(
    private readonly transactions: ConfigTransactions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute(command: AddConferencesCommand): Promise<ConferencesWriteResponse<AddConferenceRequest>> {
    return this.transactions.run(async (tx) => {
      const view = await readConferencesView(tx, this.config.ranges);
      const { outcomes, changes } = decideAddConferences(view, command.conferences);
      return writeResponse('conferences/add', 'conference', outcomes, await tx.commitChanges(changes));
    });
  }
}
