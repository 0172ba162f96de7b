import { Inject, Injectable } from '@nestjs/common';
import type { User } from '@fscon/contracts';
import { conferenceAudience, conferenceLookup, type ConferenceState } from '@fscon/live-state';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { EventSocket } from '../../../esl/event-socket.port';
import { XmlStateReadModel } from '../../../xml-state/xml-state.read-model';
import type { ControlCaller } from '../control-caller';
import { LiveControlError } from '../live-control.errors';
import { inviteFailure, inviteOriginate } from './invite-command';
import { InviteRateLimit } from './invite-rate-limit';
import { inviteTarget } from './invite-target';

/**
 * Invitations into a running conference: checks the target and the caller's rate, then rings the
 * target with `bgapi originate`. Resolves once the call was answered (the member's joining is the
 * confirmation); rejects with FreeSWITCH's hangup cause when it was not.
 */
@Injectable()
export class Invitations {
  private readonly rateLimit: InviteRateLimit;

  constructor(
    private readonly eventSocket: EventSocket,
    private readonly xmlState: XmlStateReadModel,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.rateLimit = new InviteRateLimit(config.live.invites.perMinute);
  }

  async invite(by: ControlCaller, conference: ConferenceState, target: string): Promise<void> {
    const inviter = invitingUser(by);
    const xml = this.xmlState.current();
    const lookup = conferenceLookup(xml?.conferences ?? []);
    const dialled = lookup(conference.name);
    if (xml === undefined || dialled === undefined) {
      throw new LiveControlError('LIVE.INVALID', `conference ${conference.name} has no number to join by`);
    }
    const chosen = inviteTarget(target, {
      inviter: inviter.context,
      audience: conferenceAudience(lookup, conference.name),
      users: xml.users,
      gateway: (xml.globals.invite_gateway ?? '') !== '',
    });
    const rate = this.rateLimit.take(inviter.name, Date.now());
    if (!rate.allowed) {
      throw new LiveControlError(
        'LIVE.RATE_LIMITED',
        `too many invitations; wait ${rate.retryAfterSeconds} s`,
      );
    }
    const { ringSeconds } = this.config.live.invites;
    const command = inviteOriginate({
      target: chosen,
      conference: { name: conference.name, num: dialled.num },
      domain: xml.globals.domain ?? '',
      ringSeconds,
    });
    const reply = await this.eventSocket.bgapi(command, {
      timeoutMs: ringSeconds * 1000 + this.config.freeswitch.commandTimeoutMs,
    });
    const cause = inviteFailure(reply);
    if (cause !== undefined) throw new LiveControlError('LIVE.INVITE_FAILED', cause);
  }
}

/** Invitations come from users of live clients; a moderator key has none. */
function invitingUser(by: ControlCaller): User {
  if (by.type !== 'user') {
    throw new LiveControlError('LIVE.FORBIDDEN', 'a moderator key does not invite');
  }
  return by.user;
}
