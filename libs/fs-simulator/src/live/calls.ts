import { CallVia } from './channel';
import { CallerSpec, memberChannel, resolveCaller } from './caller';
import { Conference, Member } from './conference';
import { routeToConference } from './dialplan-lookup';
import { findDirectoryUser } from './directory-lookup';
import { pressKey } from './dtmf';
import { LiveSwitch } from './live-switch';
import { memberFlags } from './member-flags';
import { RegisterRequest } from './registrations';

export interface JoinRequest {
  /** The number dialled, e.g. 30000. */
  number: string;
  /** A directory user id, or `{ id, name?, flags? }` (flags as conf_flags, e.g. `moderator|mute`). */
  user: CallerSpec;
  /** loopback (default) as the connector's originate, or sip as a phone. */
  via?: CallVia;
  /** The context the call starts in; the user's user_context by default. */
  context?: string;
  /** The digits the caller keys in when the conference asks for its PIN. */
  pin?: string;
}

/** A member in a conference, as the control interface reports it. */
export interface MemberHandle {
  memberId: number;
  uuid: string;
  conference: string;
  callerIdName: string;
  callerIdNumber: string;
  moderator: boolean;
}

/** Thrown for a request the simulated switch cannot carry out (unknown member, number without conference). */
export class ControlError extends Error {}

/**
 * Scripted callers: each call fires the events FreeSWITCH fires for it and resolves once they (and what
 * FreeSWITCH does right after, such as del-member after a hang-up) have been sent.
 */
export class Calls {
  constructor(private readonly live: LiveSwitch) {}

  async join(request: JoinRequest): Promise<MemberHandle> {
    const { conference, member } = joinConference(this.live, request);
    await this.settled();
    return handle(conference, member);
  }

  async leave(memberId: number): Promise<void> {
    const { conference, member } = this.find(memberId);
    this.live.conferences.leave(conference, member);
    await this.settled();
  }

  /** The member starts talking, or (with false) falls silent. */
  async talk(memberId: number, talking = true): Promise<void> {
    const { conference, member } = this.find(memberId);
    if (talking) this.live.conferences.talk(conference, member);
    else this.live.conferences.stopTalking(conference, member);
    await this.settled();
  }

  async pressKey(memberId: number, key: string): Promise<void> {
    const { conference, member } = this.find(memberId);
    for (const digit of key) pressKey(this.live.conferences, this.live.actions, conference, member, digit);
    await this.settled();
  }

  async register(request: RegisterRequest): Promise<void> {
    if (!findDirectoryUser(this.live.context.xml, request.user))
      throw new ControlError(`no directory user ${request.user}`);
    this.live.registrations.register(request);
    await this.settled();
  }

  /** The user's un-REGISTER (of the registration with that Call-ID, when given). */
  async unregister(user: string, callId?: string): Promise<void> {
    if (!this.live.registrations.unregister(user, callId))
      throw new ControlError(`${user} is not registered`);
    await this.settled();
  }

  /** The connection a WebSocket phone registered over with that Call-ID closed. */
  async disconnect(callId: string): Promise<void> {
    if (!this.live.registrations.disconnect(callId)) throw new ControlError(`no registration ${callId}`);
    await this.settled();
  }

  async expire(user: string): Promise<void> {
    if (!this.live.registrations.expire(user)) throw new ControlError(`${user} is not registered`);
    await this.settled();
  }

  /** The members of every conference, newest conference and member first. */
  members(): MemberHandle[] {
    return this.live.conferences
      .all()
      .flatMap((conference) => conference.members.map((member) => handle(conference, member)));
  }

  /** The files `conference <name> play` played into the conference, or to one member, in order. */
  playedFiles(conference: string, memberId?: number): string[] {
    return [...this.live.conferences.playedFiles(conference, memberId)];
  }

  /** Resolves once every event scheduled so far has been fired. */
  settled(): Promise<void> {
    return this.live.context.deferred.settled();
  }

  private find(memberId: number): { conference: Conference; member: Member } {
    const found = this.live.conferences.findMember(memberId);
    if (!found) throw new ControlError(`no member ${memberId}`);
    return found;
  }
}

/**
 * The call of a JoinRequest as it reaches the conference: the events are scheduled, not yet fired.
 * `shown` is the caller id the member gets instead of the caller's own.
 */
export function joinConference(
  live: LiveSwitch,
  request: JoinRequest,
  shown?: { name: string; number: string },
): { conference: Conference; member: Member } {
  const xml = live.context.xml;
  const id = typeof request.user === 'string' ? request.user : request.user.id;
  const user = findDirectoryUser(xml, id);
  if (!user && typeof request.user === 'string') throw new ControlError(`no directory user ${id}`);
  const caller = resolveCaller(request.user, user, request.context);
  const route = routeToConference(xml, request.number, caller.context);
  if (!route)
    throw new ControlError(`${request.number} leads to no conference from context ${caller.context}`);
  const pin = live.conferences.get(route.conference)?.pin ?? '';
  if (pin !== '' && request.pin !== pin) {
    // FreeSWITCH asks, reports nothing while it does, and hangs up after the profile's pin-retries
    throw new ControlError(`conference ${route.conference} asks for a PIN the caller does not key in`);
  }
  const domain = live.context.variable('domain') ?? user?.domain ?? '';
  const channel = memberChannel(
    caller,
    request.number,
    route,
    request.via ?? 'loopback',
    domain,
    live.context.now(),
  );
  return live.conferences.join({
    conference: route.conference,
    profile: route.profile,
    channel: shown ? { ...channel, callerIdName: shown.name, callerIdNumber: shown.number } : channel,
    flags: memberFlags(caller.confFlags),
  });
}

function handle(conference: Conference, member: Member): MemberHandle {
  return {
    memberId: member.id,
    uuid: member.channel.uuid,
    conference: conference.name,
    callerIdName: member.channel.callerIdName,
    callerIdNumber: member.channel.callerIdNumber,
    moderator: member.flags.isModerator,
  };
}
