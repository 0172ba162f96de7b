import { Command } from '@nestjs/cqrs';
import type { User } from '@fscon/contracts';

/**
 * A conference control from a live client: `call` is one of lock, unlock, startrec, pauserec,
 * resumerec, stoprec, muteall, kickall. Resolves once FreeSWITCH carried it out; the resulting
 * events are the confirmation.
 */
export class ConferenceExecCommand extends Command<void> {
  constructor(
    readonly caller: User,
    readonly conference: string,
    readonly call: string,
  ) {
    super();
  }
}
