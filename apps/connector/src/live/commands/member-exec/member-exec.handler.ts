import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { XmlStateReadModel } from '../../../xml-state/xml-state.read-model';
import { LiveStateReadModel } from '../../state/live-state.read-model';
import { accessibleConference } from '../conference-access';
import { requireMemberCall } from '../conference-commands';
import { ConferenceControl } from '../conference-control';
import { MemberExecCommand } from './member-exec.command';

@CommandHandler(MemberExecCommand)
export class MemberExecHandler implements ICommandHandler<MemberExecCommand, void> {
  constructor(
    private readonly live: LiveStateReadModel,
    private readonly xmlState: XmlStateReadModel,
    private readonly control: ConferenceControl,
  ) {}

  async execute({ by, conference, call, member }: MemberExecCommand): Promise<void> {
    const control = requireMemberCall(call);
    const running = accessibleConference({
      by,
      conference,
      live: this.live.current(),
      conferences: this.xmlState.current()?.conferences ?? [],
    });
    await this.control.memberExec(running, control, member);
  }
}
