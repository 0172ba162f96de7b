import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { XmlStateReadModel } from '../../../xml-state/xml-state.read-model';
import { LiveStateReadModel } from '../../state/live-state.read-model';
import { accessibleConference } from '../conference-access';
import { requireConferenceCall } from '../conference-commands';
import { ConferenceControl } from '../conference-control';
import { soundFilePath } from '../control-values';
import { Invitations } from '../invite/invitations';
import { ConferenceExecCommand } from './conference-exec.command';

@CommandHandler(ConferenceExecCommand)
export class ConferenceExecHandler implements ICommandHandler<ConferenceExecCommand, void> {
  constructor(
    private readonly live: LiveStateReadModel,
    private readonly xmlState: XmlStateReadModel,
    private readonly control: ConferenceControl,
    private readonly invitations: Invitations,
  ) {}

  async execute({ by, conference, call, args }: ConferenceExecCommand): Promise<void> {
    const control = requireConferenceCall(call);
    const xmlState = this.xmlState.current();
    const conferences = xmlState?.conferences ?? [];
    const running = accessibleConference({ by, conference, live: this.live.current(), conferences });
    if (control === 'invite') return this.invitations.invite(by, running, args.target ?? '');
    await this.control.exec(running, control, {
      pin: args.pin,
      ...(control === 'play' ? { file: soundFilePath(xmlState?.globals.conf_dir, args.file) } : {}),
    });
  }
}
