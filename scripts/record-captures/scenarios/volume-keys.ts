import { join } from 'node:path';
import { writeSilentWav } from '@fscon/fs-simulator';
import { conferenceAction, endConference, joinThroughLoopback } from './conference-steps';
import { soundPrefix, type Scenario, type ScenarioContext } from './scenario';

const MODERATOR = { number: '20000', name: 'defaultuser', flags: 'moderator|mute-detect|mute' };
const MEMBER = { number: '22000', name: 'publicuser', flags: 'mute-detect' };

/**
 * The member's keys, default caller-controls of conference.conf.xml: 1/3 vol listen dn/up, 2 vol listen
 * zero (the member's voice, volume_in), 4/6 vol talk dn/up, 5 vol talk zero (what it hears, volume_out);
 * levels stop at -4 and 4.
 */
const KEYS = ['1', '6', '1', '1', '1', '1', '6', '6', '6', '6', '2', '5', '3', '4'];

/**
 * The sound files FreeSWITCH says a level with: 0.3 s of silence at 16 kHz, which it reports played to
 * a loopback member as 600 ms and 9600 samples, the figures of the first captures' stand-ins.
 */
const SPOKEN = ['digits/0', 'digits/1', 'digits/2', 'digits/3', 'digits/4', 'currency/negative'];

/**
 * An ordinary member presses the volume keys of the default caller-controls: each gives the DTMF event,
 * a `gain-level` (listen) or `volume-level` (talk) event with the new level, and the level said to the
 * member (`currency/negative` first when below 0, then `digits/<n>`), each file a play-file-member-done.
 */
export const volumeKeys: Scenario = {
  name: 'volume-keys',

  prepare(freeswitch) {
    for (const file of SPOKEN) writeSilentWav(join(soundPrefix(freeswitch), `${file}.wav`), 16000, 4800);
  },

  async run({ esl, output }: ScenarioContext) {
    esl.note(
      `silent prompts for ${SPOKEN.join(', ')} (.wav, 16 kHz, 0.3 s) under the sound prefix; no other sounds`,
    );
    await joinThroughLoopback(esl, MODERATOR);
    const member = await joinThroughLoopback(esl, MEMBER);
    output('conference_json_list_before.json', await esl.api('conference team_g722 json_list'));
    for (const [index, key] of KEYS.entries()) {
      const from = esl.mark;
      esl.note(`member ${member.id} presses ${key}`);
      const answer = await esl.api(`uuid_recv_dtmf ${member.uuid} ${key}`);
      if (index === 0) output('uuid_recv_dtmf.txt', answer);
      const level = await esl.untilEvent(
        (h) => ['volume-level', 'gain-level'].some((action) => conferenceAction(action, member.id)(h)),
        from,
      );
      const last = `digits/${Math.abs(Number(level.headers['New-Level']))}.wav`;
      await esl.untilEvent(
        (h) => conferenceAction('play-file-member-done', member.id)(h) && (h['File'] ?? '').endsWith(last),
        from,
      );
      if (index === 1) {
        output('conference_json_list_after_1_6.json', await esl.api('conference team_g722 json_list'));
        output('conference_team_g722_list_after_1_6.txt', await esl.api('conference team_g722 list'));
      }
    }
    output('conference_json_list_after.json', await esl.api('conference team_g722 json_list'));
    await endConference(esl, 'team_g722');
  },
};
