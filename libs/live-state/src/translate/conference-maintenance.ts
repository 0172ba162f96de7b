import type { LiveEvent } from '../model/live-event';
import { memberFromHeaders } from './member-from-headers';
import type { TranslationContext } from './translation-context';

type Headers = Readonly<Record<string, string>>;

/**
 * The domain events of one CUSTOM conference::maintenance event, by its `Action`. Actions that do
 * not change the live state give none: `kick-member` (a del-member always follows), `mute-detect`
 * (a muted member talks), `play-file-done`, `play-file-member-done`.
 */
export function translateConferenceMaintenance(headers: Headers, context: TranslationContext): LiveEvent[] {
  const conference = headers['Conference-Name'];
  if (conference === undefined || conference === '') {
    return [];
  }
  switch (headers['Action']) {
    case 'conference-create':
      return [{ type: 'ConferenceCreated', data: { conference } }];
    case 'conference-destroy':
      return [{ type: 'ConferenceEnded', data: { conference } }];
    case 'add-member':
    case 'del-member': {
      const member = memberFromHeaders(headers, context);
      if (!member) return [];
      const type = headers['Action'] === 'add-member' ? 'MemberJoined' : 'MemberLeft';
      return [{ type, data: { conference, member } }];
    }
    case 'floor-change':
      return floorChange(conference, headers, context);
    case 'mute-member':
    case 'unmute-member': {
      const confid = headers['Member-ID'];
      if (confid === undefined || confid === '') return [];
      const type = headers['Action'] === 'mute-member' ? 'MemberMuted' : 'MemberUnmuted';
      return [{ type, data: { conference, confid } }];
    }
    case 'start-talking':
    case 'stop-talking':
    case 'deaf-member':
    case 'undeaf-member':
      return memberFlag(conference, headers);
    case 'volume-in-member':
    case 'volume-out-member':
      return volume(conference, headers);
    case 'energy-level-member':
      return energy(conference, headers);
    case 'lock':
      return [{ type: 'ConferenceLocked', data: { conference } }];
    case 'unlock':
      return [{ type: 'ConferenceUnlocked', data: { conference } }];
    case 'start-recording':
    case 'pause-recording':
    case 'resume-recording':
      return recording(conference, headers);
    case 'stop-recording': {
      const file = headers['Path'];
      return [{ type: 'RecordingStopped', data: { conference, ...(file ? { file } : {}) } }];
    }
    case 'dtmf':
      return moderatorKey(conference, headers, context);
    default:
      return [];
  }
}

/** `New-ID: none` means no one has the floor; otherwise the event carries the new holder's headers. */
function floorChange(conference: string, headers: Headers, context: TranslationContext): LiveEvent[] {
  const newId = headers['New-ID'];
  if (newId === 'none') {
    return [{ type: 'FloorChanged', data: { conference, floor: null } }];
  }
  const floor = memberFromHeaders(headers, context);
  if (!floor || floor.confid !== newId) {
    return [];
  }
  return [{ type: 'FloorChanged', data: { conference, floor } }];
}

const MEMBER_FLAG_EVENTS = {
  'start-talking': 'MemberTalking',
  'stop-talking': 'MemberStoppedTalking',
  'deaf-member': 'MemberDeafened',
  'undeaf-member': 'MemberUndeafened',
} as const;

function memberFlag(conference: string, headers: Headers): LiveEvent[] {
  const confid = headers['Member-ID'];
  if (confid === undefined || confid === '') return [];
  const type = MEMBER_FLAG_EVENTS[headers['Action'] as keyof typeof MEMBER_FLAG_EVENTS];
  return [{ type, data: { conference, confid } }];
}

/** FreeSWITCH reports the level it settled on (`Volume-Level`, within −4…4). */
function volume(conference: string, headers: Headers): LiveEvent[] {
  const confid = headers['Member-ID'];
  const level = Number(headers['Volume-Level']);
  if (confid === undefined || confid === '' || !Number.isInteger(level) || Math.abs(level) > 4) return [];
  const direction = headers['Action'] === 'volume-in-member' ? 'in' : 'out';
  return [{ type: 'MemberVolumeChanged', data: { conference, confid, direction, level } }];
}

/**
 * The api's energy-level-member carries the new level in the member data (`Energy-Level`), with no
 * header of its own (captured from the real switch). A negative level, which FreeSWITCH would take from
 * its command line, is not one the protocol can show.
 */
function energy(conference: string, headers: Headers): LiveEvent[] {
  const confid = headers['Member-ID'];
  const level = headers['Energy-Level'];
  if (confid === undefined || confid === '' || level === undefined || !/^\d+$/.test(level)) return [];
  return [{ type: 'MemberEnergyChanged', data: { conference, confid, energy: Number(level) } }];
}

const RECORDING_EVENTS = {
  'start-recording': 'RecordingStarted',
  'pause-recording': 'RecordingPaused',
  'resume-recording': 'RecordingResumed',
} as const;

/** A start-recording with an `Error` header is FreeSWITCH failing to open the file: nothing records. */
function recording(conference: string, headers: Headers): LiveEvent[] {
  const action = headers['Action'] as keyof typeof RECORDING_EVENTS;
  const file = headers['Path'];
  if (file === undefined || file === '' || headers['Error'] !== undefined) {
    return [];
  }
  return [{ type: RECORDING_EVENTS[action], data: { conference, file } }];
}

function moderatorKey(conference: string, headers: Headers, context: TranslationContext): LiveEvent[] {
  const member = memberFromHeaders(headers, context);
  const key = headers['DTMF-Key'];
  const control = headers['Data'];
  if (!member || key === undefined || control === undefined) {
    return [];
  }
  return [{ type: 'ModeratorKeyPressed', data: { conference, member, key, control } }];
}
