import type { LiveConference, LiveMember } from '@fscon/contracts';
import { DEMO_CONFERENCES, type DemoContext } from './demo-config';
import { callersIn, type SwitchConference, type SwitchMember } from './switch-conferences';

/** What the live protocol must say of a member FreeSWITCH lists: exactly these fields. */
export function liveMember(member: SwitchMember): LiveMember {
  return {
    name: member.caller_id_name,
    id: member.caller_id_number,
    confid: String(member.id),
    mute: !member.flags.can_speak,
    talking: member.flags.talking,
    deaf: !member.flags.can_hear,
    volume_in: member.volume_in,
    volume_out: member.volume_out,
    energy: member.energy,
  };
}

/** A demo conference that is not being recorded and nobody has left yet, with its members oldest first. */
function unrecorded(
  context: DemoContext,
  members: readonly SwitchMember[],
  state: { locked: boolean; floor: SwitchMember | undefined },
): LiveConference {
  const { name, num, type } = DEMO_CONFERENCES[context];
  const newest = members.at(-1);
  return {
    name,
    context,
    type,
    num,
    recording: { status: 'norec' },
    locked: state.locked,
    floor: state.floor ? liveMember(state.floor) : {},
    lastjoin: newest ? liveMember(newest) : {},
    lastleave: {},
    memcount: members.length,
    members: members.map(liveMember),
  };
}

/** What `init` must say of a running conference, from FreeSWITCH's own listing (newest member first there). */
export function liveConference(context: DemoContext, listed: SwitchConference): LiveConference {
  const members = callersIn(listed).reverse();
  const floor = members.find((member) => member.flags.has_floor);
  return unrecorded(context, members, { locked: listed.locked, floor });
}

/** What `newConference` must carry when the member joins first: it alone, before FreeSWITCH gives it the floor. */
export function firstJoin(context: DemoContext, member: SwitchMember): LiveConference {
  return unrecorded(context, [member], { locked: false, floor: undefined });
}
