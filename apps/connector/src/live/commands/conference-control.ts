import { Inject, Injectable } from '@nestjs/common';
import type { ConferenceCall, MemberCall } from '@fscon/contracts';
import type { ConferenceState } from '@fscon/live-state';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { EventSocket } from '../../esl/event-socket.port';
import { Journal } from '../../journal';
import { conferenceCommand, memberCommand, type ResolvedArguments } from './conference-commands';
import { requireMember } from './conference-access';
import { freeswitchFailure } from './freeswitch-reply';
import { LiveControlError } from './live-control.errors';
import { newRecordingFile } from './recording-file';

/**
 * Carries out conference controls on a running conference through `bgapi`, for the command handlers,
 * which check the caller first; `send` also plays the moderator keys' prompts.
 */
@Injectable()
export class ConferenceControl {
  constructor(
    private readonly eventSocket: EventSocket,
    private readonly journal: Journal,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async exec(
    conference: ConferenceState,
    call: Exclude<ConferenceCall, 'invite'>,
    args: ResolvedArguments = {},
  ): Promise<void> {
    const command = conferenceCommand(
      conference,
      call,
      () => newRecordingFile(this.config.paths.recordings, conference.name, new Date()),
      args,
    );
    await this.send(command);
    if (call === 'muteall') {
      // FreeSWITCH reports a mute-member per member but nothing for the mute-all as a whole
      this.journal.append([{ type: 'AllMuted', data: { conference: conference.name } }]);
    }
  }

  async memberExec(
    conference: ConferenceState,
    call: MemberCall,
    member: string,
    args: ResolvedArguments = {},
  ): Promise<void> {
    await this.send(memberCommand(conference, call, requireMember(conference, member), args));
  }

  /** Sends the command; a failure FreeSWITCH reports rejects with its message. */
  async send(command: string): Promise<string> {
    const reply = await this.eventSocket.bgapi(command);
    const failure = freeswitchFailure(reply);
    if (failure !== undefined) throw new LiveControlError('LIVE.FREESWITCH_FAILED', failure);
    return reply;
  }
}
