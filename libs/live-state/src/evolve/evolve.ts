import type { LiveEvent } from '../model/live-event';
import { emptyConference, type ConferenceState, type LiveState } from '../model/live-state';
import {
  addMember,
  changeConference,
  changeMemberAudio,
  putConference,
  removeConference,
  removeMember,
  setFloor,
  setMute,
  setRecording,
  stopRecording,
} from './conference-changes';
import { unhandled } from '../model/unhandled';
import { putRegistration, registrationsByKey, removeRegistration } from './registration-changes';

/**
 * The live state after one event. Total: it never throws. An event about a conference the state
 * does not know is ignored, except MemberJoined, which creates the conference (its conference-create
 * came before this state began). An event about an unknown member is ignored.
 */
export function evolve(state: LiveState, event: LiveEvent): LiveState {
  switch (event.type) {
    case 'ConferenceCreated': {
      const { conference } = event.data;
      // A create for a conference the state already holds changes nothing, so replays stay harmless.
      return state.conferences.has(conference) ? state : putConference(state, emptyConference(conference));
    }
    case 'MemberJoined': {
      const { conference, member } = event.data;
      const current = state.conferences.get(conference) ?? emptyConference(conference);
      return putConference(state, addMember(current, member));
    }
    case 'MemberLeft':
      return changeConference(state, event.data.conference, (c) => removeMember(c, event.data.member));
    case 'FloorChanged':
      return changeConference(state, event.data.conference, (c) => setFloor(c, event.data.floor));
    case 'MemberMuted':
    case 'MemberUnmuted': {
      const { conference, confid } = event.data;
      const mute = event.type === 'MemberMuted';
      return changeConference(state, conference, (c) => setMute(c, mute, (m) => m.confid === confid));
    }
    case 'MemberTalking':
    case 'MemberStoppedTalking': {
      const { conference, confid } = event.data;
      const talking = event.type === 'MemberTalking';
      return changeConference(state, conference, (c) => changeMemberAudio(c, confid, { talking }));
    }
    case 'MemberDeafened':
    case 'MemberUndeafened': {
      const { conference, confid } = event.data;
      const deaf = event.type === 'MemberDeafened';
      return changeConference(state, conference, (c) => changeMemberAudio(c, confid, { deaf }));
    }
    case 'MemberVolumeChanged': {
      const { conference, confid, direction, level } = event.data;
      const audio = direction === 'in' ? { volume_in: level } : { volume_out: level };
      return changeConference(state, conference, (c) => changeMemberAudio(c, confid, audio));
    }
    case 'MemberEnergyChanged': {
      const { conference, confid, energy } = event.data;
      return changeConference(state, conference, (c) => changeMemberAudio(c, confid, { energy }));
    }
    case 'AllMuted':
      return changeConference(state, event.data.conference, (c) => setMute(c, true, () => true));
    case 'ConferenceLocked':
    case 'ConferenceUnlocked': {
      const locked = event.type === 'ConferenceLocked';
      return changeConference(state, event.data.conference, (c) => ({ ...c, locked }));
    }
    case 'RecordingStarted':
    case 'RecordingResumed': {
      const { conference, file } = event.data;
      return changeConference(state, conference, (c) => setRecording(c, { status: 'running', file }));
    }
    case 'RecordingPaused': {
      const { conference, file } = event.data;
      return changeConference(state, conference, (c) => setRecording(c, { status: 'paused', file }));
    }
    case 'RecordingStopped':
      return changeConference(state, event.data.conference, (c) => stopRecording(c, event.data.file));
    case 'ConferenceEnded':
      return removeConference(state, event.data.conference);
    case 'ModeratorKeyPressed':
      return state;
    case 'RegistrationAdded':
      return putRegistration(state, event.data.registration);
    case 'RegistrationRemoved':
      return removeRegistration(state, event.data.registration);
    case 'ConferencesRebuilt':
      return { ...state, conferences: conferencesByName(event.data.conferences) };
    case 'RegistrationsRebuilt':
      return { ...state, registrations: registrationsByKey(event.data.registrations) };
    default:
      return unhandled(event, state);
  }
}

/** The state after every event in turn. */
export function evolveAll(state: LiveState, events: Iterable<LiveEvent>): LiveState {
  let current = state;
  for (const event of events) {
    current = evolve(current, event);
  }
  return current;
}

function conferencesByName(conferences: readonly ConferenceState[]): ReadonlyMap<string, ConferenceState> {
  return new Map(conferences.map((conference) => [conference.name, conference]));
}
