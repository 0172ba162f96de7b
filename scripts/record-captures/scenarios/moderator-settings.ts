import { join } from 'node:path';
import { conferenceAction, endConference, joinThroughLoopback } from './conference-steps';
import { sleep, type Scenario, type ScenarioContext } from './scenario';

const MODERATOR = { number: '20000', name: 'defaultuser', flags: 'moderator|mute-detect|mute' };
const MEMBER = { number: '22000', name: 'publicuser', flags: 'mute-detect' };

/** The moderators' second layer of conference.conf.xml: 9, then a member's key; 9 alone is no control. */
const KEYS = ['93', '9*', '9'];

/** The member commands the connector sends for those keys, with the answers and events FreeSWITCH gives. */
const COMMANDS = (id: string) => [
  `volume_in ${id} 1`,
  `volume_out ${id} -1`,
  `energy ${id} 200`,
  `unmute ${id} quiet`,
  `mute ${id} quiet`,
  `deaf ${id}`,
  `undeaf ${id}`,
];

/** A moderator's own settings: the keys' dtmf events, the member commands, a prompt played to the member. */
export const moderatorSettings: Scenario = {
  name: 'moderator-settings',

  async run({ esl, freeswitch, output }: ScenarioContext) {
    esl.note('moderator-controls group "moderators" of etc-freeswitch, ivr-dtmf-timeout 2000');
    const moderator = await joinThroughLoopback(esl, MODERATOR);
    await joinThroughLoopback(esl, MEMBER);
    for (const key of KEYS) {
      esl.note(`moderator ${moderator.id} presses ${key}`);
      await esl.api(`uuid_recv_dtmf ${moderator.uuid} ${key}`);
      // the 9 alone waits out the inter-digit timeout and is then dropped
      await sleep(2500);
    }
    for (const command of COMMANDS(moderator.id)) {
      const name = command.split(' ')[0];
      const answer = await esl.api(`conference team_g722 ${command}`);
      output(`${name}${command.endsWith('quiet') ? '_quiet' : ''}.txt`, answer);
    }
    const prompt = join(freeswitch.confDir, 'sounds', 'fscon', '16000', 'talk-volume-up.wav');
    const from = esl.mark;
    output('play_to_member.txt', await esl.api(`conference team_g722 play ${prompt} ${moderator.id}`));
    await esl.untilEvent(conferenceAction('play-file-member-done', moderator.id), from);
    output('conference_json_list_after.json', await esl.api('conference team_g722 json_list'));
    await endConference(esl, 'team_g722');
  },
};
