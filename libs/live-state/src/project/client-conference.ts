import type { Context } from '@fscon/contracts';
import type { ConferenceState, LiveState, Member } from '../model/live-state';
import type { ClientConference, NoMember } from './client-messages';
import { conferenceAudience, conferenceInfo, type ConferenceLookup } from './conference-lookup';

/** The conference in the protocol's shape, or undefined when the state does not hold it. */
export function toClientConference(
  state: LiveState,
  name: string,
  lookup: ConferenceLookup,
): ClientConference | undefined {
  const conference = state.conferences.get(name);
  return conference && clientConference(conference, lookup);
}

export function clientConference(conference: ConferenceState, lookup: ConferenceLookup): ClientConference {
  const { context, type, num } = conferenceInfo(lookup, conference.name);
  return {
    name: conference.name,
    context,
    type,
    num,
    recording: { ...conference.recording },
    locked: conference.locked,
    floor: memberOrNone(conference.floor),
    lastjoin: memberOrNone(conference.lastjoin),
    lastleave: memberOrNone(conference.lastleave),
    memcount: conference.memcount,
    members: conference.members.map((member) => ({ ...member })),
  };
}

/**
 * The conferences a context may see, for `init` and `newLiveState`. A conference without members (its
 * last member left, its destroy has not come yet) is not shown: clients were told delConference.
 */
export function visibleConferences(
  state: LiveState,
  context: Context,
  lookup: ConferenceLookup,
): ClientConference[] {
  return [...state.conferences.values()]
    .filter((c) => c.members.length > 0 && conferenceAudience(lookup, c.name).includes(context))
    .map((c) => clientConference(c, lookup));
}

function memberOrNone(member: Member | null): Member | NoMember {
  return member ? { ...member } : {};
}
