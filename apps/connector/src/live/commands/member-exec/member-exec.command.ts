import { Command } from '@nestjs/cqrs';
import type { ControlArguments } from '../control-arguments';
import type { ControlCaller } from '../control-caller';

/**
 * A member control from a live client: `call` is one of the protocol's member calls, `member` the
 * FreeSWITCH member id (the live protocol's `confid`), `args` the call's value, target or file.
 */
export class MemberExecCommand extends Command<void> {
  constructor(
    readonly by: ControlCaller,
    readonly conference: string,
    readonly call: string,
    readonly member: string,
    readonly args: ControlArguments = {},
  ) {
    super();
  }
}
