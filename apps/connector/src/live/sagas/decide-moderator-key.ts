import type { ConferenceCall } from '@fscon/contracts';
import type { ModeratorControl, Recording } from '@fscon/live-state';
import type { Prompt } from './prompts';

/** What a key press leads to, in order: a conference control, then the prompt that tells the room. */
export type ModeratorAction = { type: 'exec'; call: ConferenceCall } | { type: 'play'; prompt: Prompt };

type RecordingStatus = Recording['status'];

const exec = (call: ConferenceCall): ModeratorAction => ({ type: 'exec', call });
const play = (prompt: Prompt): ModeratorAction => ({ type: 'play', prompt });

/** What the room hears when it asks about the recording, or when a key does not fit its state. */
const RECORDING_STATE_PROMPTS: Record<RecordingStatus, Prompt> = {
  norec: 'not-recording',
  running: 'recording-running',
  paused: 'recording-is-paused',
};

/** The one recording state a recording key acts in, and what it does there. */
function recordingKey(
  recording: RecordingStatus,
  actsWhen: readonly RecordingStatus[],
  call: ConferenceCall,
  done: Prompt,
  otherwise: Partial<Record<RecordingStatus, Prompt>> = {},
): ModeratorAction[] {
  if (actsWhen.includes(recording)) return [exec(call), play(done)];
  return [play(otherwise[recording] ?? RECORDING_STATE_PROMPTS[recording])];
}

/**
 * The actions for a moderator key (the control's `Data`) given the conference's recording state.
 * Recording keys act only in the state they fit and otherwise say what the state is; lock and unlock
 * need no prompt of ours, since FreeSWITCH plays the profile's is-locked/is-unlocked sounds itself.
 */
export function decideModeratorKey(control: ModeratorControl, recording: RecordingStatus): ModeratorAction[] {
  switch (control) {
    case 'startrecording':
      return recordingKey(recording, ['norec'], 'startrec', 'recording-started', {
        running: 'already-recording',
      });
    case 'pauserecording':
      return recordingKey(recording, ['running'], 'pauserec', 'recording-paused');
    case 'resumerecording':
      return recordingKey(recording, ['paused'], 'resumerec', 'recording-resumed', {
        running: 'already-recording',
      });
    case 'stoprecording':
      return recordingKey(recording, ['running', 'paused'], 'stoprec', 'recording-stopped');
    case 'checkrecording':
      return [play(RECORDING_STATE_PROMPTS[recording])];
    case 'muteall':
      return [exec('muteall'), play('all-muted')];
    case 'conferencelock':
      return [exec('lock')];
    case 'conferenceunlock':
      return [exec('unlock')];
    default: {
      const unknown: never = control;
      return unknown;
    }
  }
}
