import { Module } from '@nestjs/common';
import { ModeratorKeysSaga } from '../sagas/moderator-keys.saga';
import { ConferenceExecHandler } from './conference-exec/conference-exec.handler';
import { ConferenceControl } from './conference-control';
import { Invitations } from './invite/invitations';
import { MemberExecHandler } from './member-exec/member-exec.handler';

const commandHandlers = [ConferenceExecHandler, MemberExecHandler];
const sagas = [ModeratorKeysSaga];

/**
 * Conference control: lock, mute, kick, recording and invitations as commands of live clients, and the moderator
 * keys turned into the same commands as they are pressed. Reads the live state and appends to the journal of LiveModule.
 */
@Module({
  providers: [ConferenceControl, Invitations, ...commandHandlers, ...sagas],
})
export class LiveControlModule {}
