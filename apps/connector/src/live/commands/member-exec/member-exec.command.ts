import { Command } from '@nestjs/cqrs';
import type { ControlCaller } from '../control-caller';

/**
 * A member control from a live client: `call` is mute, unmute or kick, `member` the FreeSWITCH
 * member id (the live protocol's `confid`).
 */
export class MemberExecCommand extends Command<void> {
  constructor(
    readonly by: ControlCaller,
    readonly conference: string,
    readonly call: string,
    readonly member: string,
  ) {
    super();
  }
}
