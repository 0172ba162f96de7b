import { Command } from '@nestjs/cqrs';
import type { ControlArguments } from '../control-arguments';
import type { ControlCaller } from '../control-caller';

/**
 * A conference control from a live client or a moderator key: `call` is one of lock, unlock,
 * startrec, pauserec, resumerec, stoprec, muteall, kickall, play (`args.file`), pin (`args.pin`),
 * invite (`args.target`). Resolves once FreeSWITCH carried it out (an invitation: once the call was
 * answered); the resulting events are the confirmation.
 */
export class ConferenceExecCommand extends Command<void> {
  constructor(
    readonly by: ControlCaller,
    readonly conference: string,
    readonly call: string,
    readonly args: ControlArguments = {},
  ) {
    super();
  }
}
