import type { LiveEvent } from '../model/live-event';
import type { ConferenceState, Member } from '../model/live-state';
import type { LiveClientMessage, LiveDelta } from './client-messages';
import { clientConference } from './client-conference';
import { conferenceAudience, type ConferenceLookup } from './conference-lookup';

type ConferenceEvent = Exclude<
  LiveEvent,
  {
    type:
      | 'ModeratorKeyPressed'
      | 'RegistrationAdded'
      | 'RegistrationRemoved'
      | 'ConferencesRebuilt'
      | 'RegistrationsRebuilt';
  }
>;

/**
 * The messages one conference event means for dashboards, judged by what changed between the states
 * before and after it: an event that changes nothing a client sees (a second mute of a muted member,
 * a floor-change to the holder, anything about an unknown or empty conference) sends nothing.
 */
export function conferenceMessages(
  before: ConferenceState | undefined,
  after: ConferenceState | undefined,
  event: ConferenceEvent,
  lookup: ConferenceLookup,
): LiveClientMessage[] {
  const conference = event.data.conference;
  switch (event.type) {
    case 'ConferenceCreated':
      return [];
    case 'MemberJoined':
      return joined(before, after, event.data.member, lookup);
    case 'MemberLeft':
      return left(before, after, event.data.member);
    case 'ConferenceEnded':
      return before && before.members.length > 0 ? [{ event: 'delConference', conference }] : [];
    default:
      if (!before || !after || after.members.length === 0) return [];
      return changes(before, after, event);
  }
}

function joined(
  before: ConferenceState | undefined,
  after: ConferenceState | undefined,
  member: Member,
  lookup: ConferenceLookup,
): LiveClientMessage[] {
  if (!after || before?.members.some((m) => m.confid === member.confid)) return [];
  if (!before || before.members.length === 0) {
    return [{ event: 'newConference', data: clientConference(after, lookup) }];
  }
  const joiner = after.members.find((m) => m.confid === member.confid) ?? member;
  return [{ event: 'newMember', conference: after.name, data: { ...joiner } }];
}

/** The floor holder's departure also clears the floor, whichever of del-member and floor-change comes first. */
function left(
  before: ConferenceState | undefined,
  after: ConferenceState | undefined,
  member: Member,
): LiveClientMessage[] {
  if (!before || !after || !before.members.some((m) => m.confid === member.confid)) return [];
  const conference = after.name;
  if (after.members.length === 0) return [{ event: 'delConference', conference }];
  const messages: LiveClientMessage[] = [{ event: 'delMember', conference, data: member.confid }];
  if (before.floor?.confid === member.confid) messages.push({ event: 'floorchange', conference, data: {} });
  return messages;
}

function changes(
  before: ConferenceState,
  after: ConferenceState,
  event: Exclude<
    ConferenceEvent,
    { type: 'ConferenceCreated' | 'MemberJoined' | 'MemberLeft' | 'ConferenceEnded' }
  >,
): LiveClientMessage[] {
  const conference = after.name;
  switch (event.type) {
    case 'FloorChanged':
      if (before.floor?.confid === after.floor?.confid) return [];
      return [{ event: 'floorchange', conference, data: after.floor ? { ...after.floor } : {} }];
    case 'MemberMuted':
    case 'MemberUnmuted': {
      const { confid } = event.data;
      const was = before.members.find((m) => m.confid === confid);
      const now = after.members.find((m) => m.confid === confid);
      if (!was || !now || was.mute === now.mute) return [];
      return [{ event: now.mute ? 'mute' : 'unmute', conference, data: confid }];
    }
    case 'MemberTalking':
    case 'MemberStoppedTalking':
    case 'MemberDeafened':
    case 'MemberUndeafened':
    case 'MemberVolumeChanged':
    case 'MemberEnergyChanged':
      return audioMessages(before, after, event.data.confid);
    case 'AllMuted':
      return [{ event: 'muteAll', conference }];
    case 'ConferenceLocked':
    case 'ConferenceUnlocked':
      return before.locked === after.locked ? [] : [{ event: after.locked ? 'lock' : 'unlock', conference }];
    case 'RecordingStarted':
    case 'RecordingPaused':
    case 'RecordingResumed':
    case 'RecordingStopped':
      return recordingMessages(before, after, conference);
  }
}

/** What changed of one member's audio, a message per change. */
function audioMessages(before: ConferenceState, after: ConferenceState, confid: string): LiveClientMessage[] {
  const was = before.members.find((m) => m.confid === confid);
  const now = after.members.find((m) => m.confid === confid);
  if (!was || !now) return [];
  const conference = after.name;
  const messages: LiveClientMessage[] = [];
  if (was.talking !== now.talking) {
    messages.push({ event: now.talking ? 'talking' : 'stoptalking', conference, data: confid });
  }
  if (was.deaf !== now.deaf) messages.push({ event: now.deaf ? 'deaf' : 'undeaf', conference, data: confid });
  if (was.volume_in !== now.volume_in || was.volume_out !== now.volume_out) {
    const { volume_in, volume_out } = now;
    messages.push({ event: 'volume', conference, data: confid, volume_in, volume_out });
  }
  if (was.energy !== now.energy)
    messages.push({ event: 'energy', conference, data: confid, energy: now.energy });
  return messages;
}

/** The message for the recording as it is now, when it is not as it was. */
function recordingMessages(
  before: ConferenceState,
  after: ConferenceState,
  conference: string,
): LiveClientMessage[] {
  const was = before.recording;
  const now = after.recording;
  if (
    was.status === now.status &&
    (was.status === 'norec' || (now.status !== 'norec' && was.file === now.file))
  ) {
    return [];
  }
  switch (now.status) {
    case 'norec':
      return [{ event: 'recStop', conference }];
    case 'paused':
      return [{ event: 'recPause', conference, file: now.file }];
    case 'running':
      return [
        {
          event: was.status === 'paused' && was.file === now.file ? 'recResume' : 'recStart',
          conference,
          file: now.file,
        },
      ];
  }
}

/** Each message goes to the contexts that may see the conference. */
export function toConferenceDeltas(
  messages: LiveClientMessage[],
  lookup: ConferenceLookup,
  name: string,
): LiveDelta[] {
  const audience = conferenceAudience(lookup, name);
  return messages.map((message) => ({ audience, message }));
}
