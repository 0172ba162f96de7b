import { Command } from '@nestjs/cqrs';
import type { AddConferenceRequest } from '@fscon/admin';
import type { ConferencesWriteResponse } from '../conferences-write.response';

/** New conference extensions, each in its own file. */
export class AddConferencesCommand extends Command<ConferencesWriteResponse<AddConferenceRequest>> {
  constructor(
    readonly conferences: readonly AddConferenceRequest[],
    /** The login name of the admin who asked. */
    readonly caller: string,
  ) {
    super();
  }
}
