import type { ConferenceState, LiveState, Member, Recording } from '../model/live-state';

/** The state with `conference` put under its name (a new name goes last). */
export function putConference(state: LiveState, conference: ConferenceState): LiveState {
  const conferences = new Map(state.conferences);
  conferences.set(conference.name, conference);
  return { ...state, conferences };
}

/** The state with the named conference changed; an unknown conference leaves the state as it is. */
export function changeConference(
  state: LiveState,
  name: string,
  change: (conference: ConferenceState) => ConferenceState,
): LiveState {
  const conference = state.conferences.get(name);
  return conference ? putConference(state, change(conference)) : state;
}

export function removeConference(state: LiveState, name: string): LiveState {
  if (!state.conferences.has(name)) return state;
  const conferences = new Map(state.conferences);
  conferences.delete(name);
  return { ...state, conferences };
}

/**
 * A member joins at the end; one that is already there (same confid) is replaced where it stands,
 * and as the floor holder too.
 */
export function addMember(conference: ConferenceState, member: Member): ConferenceState {
  const present = conference.members.some((m) => m.confid === member.confid);
  const members = present
    ? conference.members.map((m) => (m.confid === member.confid ? member : m))
    : [...conference.members, member];
  const floor = conference.floor?.confid === member.confid ? member : conference.floor;
  return { ...conference, members, memcount: members.length, floor, lastjoin: member };
}

/** The member leaves, and with it the floor if it held it; an unknown member changes nothing. */
export function removeMember(conference: ConferenceState, member: Member): ConferenceState {
  if (!conference.members.some((m) => m.confid === member.confid)) {
    return conference;
  }
  const members = conference.members.filter((m) => m.confid !== member.confid);
  const floor = conference.floor?.confid === member.confid ? null : conference.floor;
  return { ...conference, members, memcount: members.length, floor, lastleave: member };
}

/** Mute or unmute members; `floor` and `lastjoin` are the same members and change with them. */
export function setMute(
  conference: ConferenceState,
  mute: boolean,
  which: (member: Member) => boolean,
): ConferenceState {
  const apply = (member: Member): Member =>
    which(member) && member.mute !== mute ? { ...member, mute } : member;
  const applyTo = (member: Member | null): Member | null => (member ? apply(member) : null);
  return {
    ...conference,
    members: conference.members.map(apply),
    floor: applyTo(conference.floor),
    lastjoin: applyTo(conference.lastjoin),
  };
}

/** The floor goes to `floor`, as the member list knows it when it is there. */
export function setFloor(conference: ConferenceState, floor: Member | null): ConferenceState {
  const known = floor && conference.members.find((m) => m.confid === floor.confid);
  return { ...conference, floor: known || floor };
}

export function setRecording(conference: ConferenceState, recording: Recording): ConferenceState {
  return { ...conference, recording };
}

/**
 * The recording stops when the stopped file is the one recording (or no file is named). The state
 * follows one recording per conference, the latest started; stopping an older one leaves it.
 */
export function stopRecording(conference: ConferenceState, file: string | undefined): ConferenceState {
  const current = conference.recording;
  if (current.status !== 'norec' && file !== undefined && current.file !== file) {
    return conference;
  }
  return setRecording(conference, { status: 'norec' });
}
