import type { ConferenceCall } from '@fscon/contracts';
import { MODERATOR_CONTROLS, type ModeratorControl, type Recording } from '@fscon/live-state';
import { decideModeratorKey, type ModeratorAction } from './decide-moderator-key';
import type { Prompt } from './prompts';

type Status = Recording['status'];
const exec = (call: ConferenceCall): ModeratorAction => ({ type: 'exec', call });
const play = (prompt: Prompt): ModeratorAction => ({ type: 'play', prompt });

/** given the recording state / when the key / then these actions */
const CASES: [Status, ModeratorControl, ModeratorAction[]][] = [
  ['norec', 'startrecording', [exec('startrec'), play('recording-started')]],
  ['running', 'startrecording', [play('already-recording')]],
  ['paused', 'startrecording', [play('recording-is-paused')]],
  ['running', 'pauserecording', [exec('pauserec'), play('recording-paused')]],
  ['paused', 'pauserecording', [play('recording-is-paused')]],
  ['norec', 'pauserecording', [play('not-recording')]],
  ['paused', 'resumerecording', [exec('resumerec'), play('recording-resumed')]],
  ['running', 'resumerecording', [play('already-recording')]],
  ['norec', 'resumerecording', [play('not-recording')]],
  ['running', 'stoprecording', [exec('stoprec'), play('recording-stopped')]],
  ['paused', 'stoprecording', [exec('stoprec'), play('recording-stopped')]],
  ['norec', 'stoprecording', [play('not-recording')]],
  ['norec', 'checkrecording', [play('not-recording')]],
  ['running', 'checkrecording', [play('recording-running')]],
  ['paused', 'checkrecording', [play('recording-is-paused')]],
];

const STATUSES: Status[] = ['norec', 'running', 'paused'];

describe('decideModeratorKey', () => {
  it.each(CASES)('given the recording %s, when %s is pressed, then %j', (status, control, actions) => {
    expect(decideModeratorKey(control, status)).toEqual(actions);
  });

  it.each(STATUSES)('given the recording %s, mute all mutes and tells the room', (status) => {
    expect(decideModeratorKey('muteall', status)).toEqual([exec('muteall'), play('all-muted')]);
  });

  it.each(STATUSES)('given the recording %s, lock and unlock only send the control', (status) => {
    expect(decideModeratorKey('conferencelock', status)).toEqual([exec('lock')]);
    expect(decideModeratorKey('conferenceunlock', status)).toEqual([exec('unlock')]);
  });

  it('answers every control in every recording state, controls first and one prompt at most', () => {
    for (const control of MODERATOR_CONTROLS) {
      for (const status of STATUSES) {
        const actions = decideModeratorKey(control, status);
        const types = actions.map((action) => action.type).join(',');
        expect(['exec', 'play', 'exec,play']).toContain(types);
      }
    }
  });

  it('never starts a second recording', () => {
    for (const control of MODERATOR_CONTROLS) {
      for (const status of ['running', 'paused'] as const) {
        expect(decideModeratorKey(control, status)).not.toContainEqual(exec('startrec'));
      }
    }
  });
});
