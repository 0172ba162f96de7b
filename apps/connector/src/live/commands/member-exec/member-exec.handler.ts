import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { XmlStateReadModel } from '../../../xml-state/xml-state.read-model';
import { LiveStateReadModel } from '../../state/live-state.read-model';
import { accessibleConference, transferTarget } from '../conference-access';
import { soundFilePath } from '../control-values';
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

  async execute({ by, conference, call, member, args }: MemberExecCommand): Promise<void> {
    const control = requireMemberCall(call);
    const xmlState = this.xmlState.current();
    const conferences = xmlState?.conferences ?? [];
    const running = accessibleConference({ by, conference, live: this.live.current(), conferences });
    await this.control.memberExec(running, control, member, {
      value: args.value,
      ...(control === 'transfer' ? { target: transferTarget(by, running, args.target, conferences) } : {}),
      ...(control === 'play' ? { file: soundFilePath(xmlState?.globals.conf_dir, args.file) } : {}),
    });
  }
}
