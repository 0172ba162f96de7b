import { Command } from '@nestjs/cqrs';
import type { AddConferenceRequest } from '../conference-requests';
import type { ConferencesWriteResponse } from '../conferences-write.response';

/** New conference extensions, each in its own file. */
export class AddConferencesCommand extends Command<ConferencesWriteResponse<AddConferenceRequest>> {
  constructor(readonly conferences: readonly AddConferenceRequest[]) {
    super();
  }
}
