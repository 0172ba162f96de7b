import { Command } from '@nestjs/cqrs';
import type { ModifyConferenceRequest } from '@fscon/admin';
import type { ConferencesWriteResponse } from '../conferences-write.response';

/** Changes to conference extensions; a new context moves a conference to a new number. */
export class ModifyConferencesCommand extends Command<ConferencesWriteResponse<ModifyConferenceRequest>> {
  constructor(
    readonly conferences: readonly ModifyConferenceRequest[],
    /** The login name of the admin who asked. */
    readonly caller: string,
  ) {
    super();
  }
}
