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
 * and as the floor holder too, keeping the volumes it had (member events do not carry them).
 */
export function addMember(conference: ConferenceState, joining: Member): ConferenceState {
  const present = conference.members.find((m) => m.confid === joining.confid);
  const member = present
    ? { ...joining, volume_in: present.volume_in, volume_out: present.volume_out }
    : joining;
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

/**
 * The members `which` selects changed by `change`; `floor` and `lastjoin` are the same members and
 * change with them. A change that returns the member as it was keeps the object.
 */
export function changeMembers(
  conference: ConferenceState,
  which: (member: Member) => boolean,
  change: (member: Member) => Member,
): ConferenceState {
  const apply = (member: Member): Member => (which(member) ? change(member) : member);
  const applyTo = (member: Member | null): Member | null => (member ? apply(member) : null);
  return {
    ...conference,
    members: conference.members.map(apply),
    floor: applyTo(conference.floor),
    lastjoin: applyTo(conference.lastjoin),
  };
}

/** Mute or unmute members; a muted member is not heard, so it is no longer talking either. */
export function setMute(
  conference: ConferenceState,
  mute: boolean,
  which: (member: Member) => boolean,
): ConferenceState {
  return changeMembers(conference, which, (member) => {
    const talking = member.talking && !mute;
    return member.mute === mute && member.talking === talking ? member : { ...member, mute, talking };
  });
}

/** One member's audio changed; `talking` only ever turns on for a member the conference can hear. */
export function changeMemberAudio(
  conference: ConferenceState,
  confid: string,
  audio: Partial<Pick<Member, 'talking' | 'deaf' | 'volume_in' | 'volume_out' | 'energy'>>,
): ConferenceState {
  return changeMembers(
    conference,
    (member) => member.confid === confid,
    (member) => {
      const changed = { ...member, ...audio, talking: (audio.talking ?? member.talking) && !member.mute };
      const same = (Object.keys(changed) as (keyof Member)[]).every((key) => changed[key] === member[key]);
      return same ? member : changed;
    },
  );
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
