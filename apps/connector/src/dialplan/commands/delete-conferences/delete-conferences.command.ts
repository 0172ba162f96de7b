import { Command } from '@nestjs/cqrs';
import type { DeleteConferenceRequest } from '@fscon/admin';
import type { ConferencesWriteResponse } from '../conferences-write.response';

/** Conference extensions removed with their files. */
export class DeleteConferencesCommand extends Command<ConferencesWriteResponse<DeleteConferenceRequest>> {
  constructor(
    readonly conferences: readonly DeleteConferenceRequest[],
    /** The login name of the admin who asked. */
    readonly caller: string,
  ) {
    super();
  }
}
