import type { Conference, Context, User } from '@fscon/contracts';
import {
  conferenceAudience,
  conferenceLookup,
  type ConferenceState,
  type LiveState,
} from '@fscon/live-state';
import type { ControlCaller } from './control-caller';
import { LiveControlError } from './live-control.errors';
import { requireConferenceName, requireMemberId } from './safe-names';

const ACTING_CONTEXTS: readonly Context[] = ['team', 'friends'];

export interface ConferenceAccessRequest {
  by: ControlCaller;
  conference: string;
  live: LiveState;
  /** The xmlState conferences; a running conference not among them is the team's only. */
  conferences: readonly Conference[];
}

function notRunning(name: string): LiveControlError {
  return new LiveControlError('LIVE.CONFERENCE_NOT_FOUND', `conference ${name} is not running`);
}

/** The running conference of that name, for controls that come from FreeSWITCH itself. */
export function runningConference(live: LiveState, name: string): ConferenceState {
  const conference = live.conferences.get(requireConferenceName(name));
  if (!conference) throw notRunning(name);
  return conference;
}

/**
 * The running conference the caller may control, or the refusal. A moderator key controls the
 * conference it was pressed in and no other.
 */
export function accessibleConference(request: ConferenceAccessRequest): ConferenceState {
  const { by, live } = request;
  if (by.type === 'user') return userAccessibleConference(by.user, request);
  if (by.conference !== request.conference) {
    throw new LiveControlError(
      'LIVE.FORBIDDEN',
      `a moderator key of conference ${by.conference} controls no other conference`,
    );
  }
  return runningConference(live, request.conference);
}

/**
 * Public users control nothing; team and friends only what their context may see. A conference the
 * caller may not see is refused exactly like one that does not run, so the refusal does not tell that
 * it exists.
 */
function userAccessibleConference(caller: User, request: ConferenceAccessRequest): ConferenceState {
  const { live, conferences } = request;
  if (!ACTING_CONTEXTS.includes(caller.context)) {
    throw new LiveControlError(
      'LIVE.FORBIDDEN',
      `users of context ${caller.context} may not control conferences`,
    );
  }
  const conference = runningConference(live, request.conference);
  if (!conferenceAudience(conferenceLookup(conferences), conference.name).includes(caller.context)) {
    throw notRunning(conference.name);
  }
  return conference;
}

/** The member of that FreeSWITCH member id in the conference, or the refusal. */
export function requireMember(conference: ConferenceState, member: string): string {
  const confid = requireMemberId(member);
  if (!conference.members.some((member) => member.confid === confid)) {
    throw new LiveControlError(
      'LIVE.MEMBER_NOT_FOUND',
      `member ${confid} is not in conference ${conference.name}`,
    );
  }
  return confid;
}

/**
 * The conference a member is moved to, as mod_conference's transfer names it: `name@type`, so that a
 * conference not running yet starts with its own profile (without one FreeSWITCH starts it with none, at
 * 8 kHz). Only a configured conference the caller's context may see; any other is refused alike, so the
 * refusal does not tell that it exists.
 */
export function transferTarget(
  by: ControlCaller,
  from: ConferenceState,
  target: string | undefined,
  conferences: readonly Conference[],
): string {
  if (target === undefined) throw new LiveControlError('LIVE.INVALID', 'transfer needs a target');
  if (by.type !== 'user') {
    throw new LiveControlError('LIVE.FORBIDDEN', 'a moderator key transfers no member');
  }
  const configured = conferences.find((conference) => conference.name === target);
  const audience = conferenceAudience(conferenceLookup(conferences), target);
  if (configured === undefined || !audience.includes(by.user.context)) {
    throw new LiveControlError('LIVE.INVALID', `there is no conference ${target} to transfer to`);
  }
  if (configured.name === from.name) {
    throw new LiveControlError('LIVE.CONFLICT', `the member is in conference ${target} already`);
  }
  return `${requireConferenceName(configured.name)}@${requireConferenceName(configured.type)}`;
}
