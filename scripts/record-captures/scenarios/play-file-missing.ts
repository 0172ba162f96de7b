import { join } from 'node:path';
import type { EventMatch } from '../esl-recorder';
import { conferenceAction, endConference, joinThroughLoopback } from './conference-steps';
import { soundPrefix, type Scenario, type ScenarioContext } from './scenario';

const MODERATOR = { number: '20000', name: 'defaultuser', flags: 'moderator|mute-detect|mute' };

const playOf =
  (action: string, file: string): EventMatch =>
  (headers) =>
    conferenceAction(action)(headers) && headers['File'] === file;

/**
 * Sound files FreeSWITCH cannot open, with no sound package installed: the alone-sound of the first
 * member, `conference <name> play` of a missing absolute path (api and bgapi) and of a relative name
 * (resolved against the sound prefix), the is-locked and is-unlocked sounds of `lock` and `unlock`.
 * Each is a `play-file` with `Error: File could not be played` and no play-file-done; `play` answers
 * `-ERR (play) File: <name> not found.`. A prompt that exists plays for contrast: play-file without
 * Error, then play-file-done.
 */
export const playFileMissing: Scenario = {
  name: 'play-file-missing',

  async run({ esl, freeswitch, output }: ScenarioContext) {
    const sounds = soundPrefix(freeswitch);
    const missing = join(freeswitch.confDir, 'sounds', 'fscon', '16000', 'nosuch.wav');
    const prompt = join(freeswitch.confDir, 'sounds', 'fscon', '16000', 'all-muted.wav');
    esl.note('no sound files under the sound prefix; the shipped prompts in conf/sounds/fscon');
    let from = esl.mark;
    await joinThroughLoopback(esl, MODERATOR);
    await esl.untilEvent(playOf('play-file', join(sounds, 'conference', 'conf-alone.wav')), from);

    from = esl.mark;
    output('api_play_missing_absolute.txt', await esl.api(`conference team_g722 play ${missing}`));
    await esl.untilEvent(playOf('play-file', missing), from);
    from = esl.mark;
    output('bgapi_play_missing_absolute.txt', await esl.bgapi(`conference team_g722 play ${missing}`));
    await esl.untilEvent(playOf('play-file', missing), from);
    from = esl.mark;
    output('api_play_missing_relative.txt', await esl.api('conference team_g722 play nosuch-relative.wav'));
    await esl.untilEvent(playOf('play-file', join(sounds, 'nosuch-relative.wav')), from);

    for (const command of ['lock', 'unlock']) {
      from = esl.mark;
      output(`bgapi_${command}.txt`, await esl.bgapi(`conference team_g722 ${command}`));
      await esl.untilEvent(conferenceAction(command), from);
    }

    from = esl.mark;
    output('bgapi_play_existing.txt', await esl.bgapi(`conference team_g722 play ${prompt}`));
    await esl.untilEvent(playOf('play-file-done', prompt), from);
    esl.note('the prompt played to its end; none of the failed files got a play-file-done');
    await endConference(esl, 'team_g722');
  },
};
