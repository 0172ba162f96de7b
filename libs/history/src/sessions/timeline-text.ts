import type { LiveEvent, Member } from '@fscon/live-state';

const who = (member: Member) => (member.name === member.id ? member.id : `${member.name} (${member.id})`);

/**
 * What a live event says in a conference's timeline, in a sentence; undefined for events the timeline
 * leaves out (floor changes and talking come with every few words spoken; registrations concern no
 * conference).
 * `nameOf` gives the name of a member by FreeSWITCH id, for events that carry only the id.
 */
export function timelineText(event: LiveEvent, nameOf: (confid: string) => string): string | undefined {
  switch (event.type) {
    case 'ConferenceCreated':
      return 'the conference started';
    case 'MemberJoined':
      return `${who(event.data.member)} joined`;
    case 'MemberLeft':
      return `${who(event.data.member)} left`;
    case 'MemberMuted':
      return `${nameOf(event.data.confid)} was muted`;
    case 'MemberUnmuted':
      return `${nameOf(event.data.confid)} was unmuted`;
    case 'MemberDeafened':
      return `${nameOf(event.data.confid)} was deafened`;
    case 'MemberUndeafened':
      return `${nameOf(event.data.confid)} can hear again`;
    case 'MemberVolumeChanged':
      return `${nameOf(event.data.confid)}'s volume ${event.data.direction} was set to ${event.data.level}`;
    case 'MemberEnergyChanged':
      return `${nameOf(event.data.confid)}'s energy level was set to ${event.data.energy}`;
    case 'AllMuted':
      return 'everybody was muted';
    case 'ConferenceLocked':
      return 'the conference was locked';
    case 'ConferenceUnlocked':
      return 'the conference was unlocked';
    case 'RecordingStarted':
      return `recording started into ${event.data.file}`;
    case 'RecordingPaused':
      return `recording paused`;
    case 'RecordingResumed':
      return `recording resumed`;
    case 'RecordingStopped':
      return 'recording stopped';
    case 'ModeratorKeyPressed':
      return `${who(event.data.member)} pressed ${event.data.key} (${event.data.control})`;
    case 'ConferenceEnded':
      return 'the conference ended';
    case 'FloorChanged':
    case 'MemberTalking':
    case 'MemberStoppedTalking':
    case 'ConferencesRebuilt':
    case 'RegistrationAdded':
    case 'RegistrationRemoved':
    case 'RegistrationsRebuilt':
      return undefined;
    default:
      return leftOut(event);
  }
}

/** A kind this build does not know (from a newer journal) stays out of the timeline. */
function leftOut(_event: never): undefined {
  return undefined;
}
