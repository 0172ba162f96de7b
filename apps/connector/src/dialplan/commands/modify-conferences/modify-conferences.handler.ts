import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { ConfigTransactions } from '../../../config-files/config-transactions';
import { writeResponse } from '../../../config-files/write-response';
import type { ModifyConferenceRequest } from '../conference-requests';
import type { ConferencesWriteResponse } from '../conferences-write.response';
import { readConferencesView } from '../read-conferences-view';
import { ModifyConferencesCommand } from './modify-conferences.command';
import { decideModifyConferences } from './decide-modify-conferences';

@CommandHandler(ModifyConferencesCommand)
export class ModifyConferencesHandler implements ICommandHandler<
  ModifyConferencesCommand,
  ConferencesWriteResponse<ModifyConferenceRequest>
> {
  constructor(
    private readonly transactions: ConfigTransactions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute(command: ModifyConferencesCommand): Promise<ConferencesWriteResponse<ModifyConferenceRequest>> {
    return this.transactions.run(async (tx) => {
      const view = await readConferencesView(tx, this.config.ranges);
      const { outcomes, changes } = decideModifyConferences(view, command.conferences);
      return writeResponse('conferences/mod', 'conference', outcomes, await tx.commitChanges(changes));
    });
  }
}
