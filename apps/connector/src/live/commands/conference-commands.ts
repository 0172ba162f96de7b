import { CONFERENCE_CALLS, MEMBER_CALLS, type ConferenceCall, type MemberCall } from '@fscon/contracts';
import type { ConferenceState } from '@fscon/live-state';
import type { ControlArguments } from './control-arguments';
import { requireArgument as required, requireEnergy, requirePin, requireVolume } from './control-values';
import { LiveControlError } from './live-control.errors';

export function requireConferenceCall(call: string): ConferenceCall {
  if (!(CONFERENCE_CALLS as readonly string[]).includes(call)) {
    throw new LiveControlError('LIVE.INVALID', `${JSON.stringify(call)} is not a conference control`);
  }
  return call as ConferenceCall;
}

export function requireMemberCall(call: string): MemberCall {
  if (!(MEMBER_CALLS as readonly string[]).includes(call)) {
    throw new LiveControlError('LIVE.INVALID', `${JSON.stringify(call)} is not a member control`);
  }
  return call as MemberCall;
}

function conflict(message: string): LiveControlError {
  return new LiveControlError('LIVE.CONFLICT', message);
}

/** The file of the recording when it is in the wanted state; otherwise why the call does not fit. */
function recordingFileIn(conference: ConferenceState, wanted: 'running' | 'paused'): string {
  const { recording } = conference;
  if (recording.status === 'norec') throw conflict(`conference ${conference.name} is not being recorded`);
  if (recording.status !== wanted) {
    throw conflict(
      wanted === 'running'
        ? `the recording of conference ${conference.name} is already paused`
        : `the recording of conference ${conference.name} is not paused`,
    );
  }
  return recording.file;
}

function refuseWhileRecording(conference: ConferenceState): void {
  const { status } = conference.recording;
  if (status === 'running') throw conflict(`conference ${conference.name} is already being recorded`);
  if (status === 'paused') {
    throw conflict(`the recording of conference ${conference.name} is paused; resume it instead`);
  }
}

/**
 * The arguments as the command carries them: `file` the absolute path of the sound, `target` the
 * transfer's `name@type`.
 */
export type ResolvedArguments = ControlArguments;

/**
 * The `conference` API command for a conference control, in mod_conference's syntax. Recording
 * controls must fit the recording state the live state shows; pause and resume name its file.
 */
export function conferenceCommand(
  conference: ConferenceState,
  call: Exclude<ConferenceCall, 'invite'>,
  newRecordingFile: () => string,
  args: ResolvedArguments = {},
): string {
  const api = (args: string) => `conference ${conference.name} ${args}`;
  switch (call) {
    case 'lock':
    case 'unlock':
      return api(call);
    case 'muteall':
      return api('mute all');
    case 'kickall':
      return api('kick all');
    case 'startrec':
      refuseWhileRecording(conference);
      return api(`recording start ${newRecordingFile()}`);
    case 'pauserec':
      return api(`recording pause ${recordingFileIn(conference, 'running')}`);
    case 'resumerec':
      return api(`recording resume ${recordingFileIn(conference, 'paused')}`);
    case 'stoprec':
      if (conference.recording.status === 'norec') {
        throw conflict(`conference ${conference.name} is not being recorded`);
      }
      return api('recording stop all');
    case 'play':
      return api(`play ${required(args.file, 'play', 'file')}`);
    case 'pin': {
      const pin = requirePin(args.pin);
      return api(pin === '' ? 'nopin' : `pin ${pin}`);
    }
    default: {
      const unknown: never = call;
      throw new LiveControlError('LIVE.INVALID', `${JSON.stringify(unknown)} is not a conference control`);
    }
  }
}

/** The `conference` API command for a member control, in mod_conference's syntax (the member id last but for the levels). */
export function memberCommand(
  conference: ConferenceState,
  call: MemberCall,
  confid: string,
  args: ResolvedArguments = {},
): string {
  const api = (args: string) => `conference ${conference.name} ${args}`;
  switch (call) {
    case 'mute':
    case 'unmute':
    case 'kick':
    case 'deaf':
    case 'undeaf':
      return api(`${call} ${confid}`);
    case 'volume_in':
    case 'volume_out':
      return api(`${call} ${confid} ${requireVolume(call, args.value)}`);
    case 'energy':
      return api(`energy ${confid} ${requireEnergy(args.value)}`);
    case 'transfer':
      return api(`transfer ${required(args.target, 'transfer', 'target')} ${confid}`);
    case 'play':
      return api(`play ${required(args.file, 'play', 'file')} ${confid}`);
    default: {
      const unknown: never = call;
      throw new LiveControlError('LIVE.INVALID', `${JSON.stringify(unknown)} is not a member control`);
    }
  }
}
