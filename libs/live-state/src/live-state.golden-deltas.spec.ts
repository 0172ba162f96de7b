import { readFileSync } from 'fs';
import { DEFAULT_CONTEXT_RANGES, MEMBER_AUDIO_DEFAULTS } from '@fscon/contracts';
import { parseDialplan, parseDirectory } from '@fscon/fs-xml';
import {
  EMPTY_LIVE_STATE,
  conferenceLookup,
  projectLiveEvents,
  translateEslEvent,
  type ClientConference,
  type LiveDelta,
  type TranslationContext,
} from './index';
import { captureEvents } from './esl-frames/esl-frames';
import { capturePath, outputPath } from './test-support/fixtures';

const startup = (file: string) => readFileSync(outputPath('startup', file), 'utf8');
const users = parseDirectory(startup('xml_locate_directory.xml')).value;
const directory: TranslationContext = { directoryName: (id) => users.find((u) => u.id === id)?.name };
const lookup = conferenceLookup(
  parseDialplan(startup('xml_locate_dialplan.xml'), DEFAULT_CONTEXT_RANGES).value,
);

/** The deltas a capture's events give, each as `audience: event conference data-or-file`. */
function deltas(scenario: string): string[] {
  const events = captureEvents(readFileSync(capturePath(scenario, 'plain'))).flatMap((e) =>
    translateEslEvent(e, directory),
  );
  return projectLiveEvents(EMPTY_LIVE_STATE, events, lookup).deltas.map(summarize);
}

function summarize({ audience, message }: LiveDelta): string {
  const m = message as {
    event: string;
    conference?: string;
    data?: unknown;
    file?: string;
    user?: { id: string };
  };
  const conference =
    m.event === 'newConference' ? (m.data as ClientConference).name : (m.conference ?? m.user?.id);
  const detail =
    m.event === 'newConference'
      ? undefined
      : (m.file ?? (m.data === undefined ? undefined : JSON.stringify(m.data)));
  return [audience.join(',') + ':', m.event, conference, detail]
    .filter((part) => part !== undefined)
    .join(' ');
}

describe('golden deltas from the captured event streams', () => {
  it('tells the team everything about team_g722 and nothing about the mute all of an already muted member', () => {
    const file = '/var/fsroot/recordings/team_g722-2026-11-27T17-12-18-115Z-plain.wav';
    const member = (confid: string, id: string, name: string, mute: boolean) =>
      JSON.stringify({ name, id, confid, mute, ...MEMBER_AUDIO_DEFAULTS });
    expect(deltas('conference')).toEqual([
      'team: newConference team_g722',
      `team: floorchange team_g722 ${member('5', '20000', 'defaultuser', true)}`,
      `team: newMember team_g722 ${member('6', '20001', 'teamuser2', false)}`,
      `team: floorchange team_g722 ${member('6', '20001', 'teamuser2', false)}`,
      `team: newMember team_g722 ${member('7', '21000', 'frienduser', false)}`,
      'team: mute team_g722 "7"',
      'team: unmute team_g722 "7"',
      'team: mute team_g722 "7"',
      'team: mute team_g722 "6"',
      'team: unmute team_g722 "6"',
      'team: lock team_g722',
      'team: unlock team_g722',
      `team: recStart team_g722 ${file}`,
      `team: recPause team_g722 ${file}`,
      `team: recResume team_g722 ${file}`,
      'team: recStop team_g722',
      'team: delMember team_g722 "7"',
      'team: delMember team_g722 "5"',
      'team: floorchange team_g722 {}',
      'team: delConference team_g722',
    ]);
  });

  it('tells friends about friends_conf and everybody about public_conf', () => {
    expect(deltas('profiles').map((d) => d.replace(/ \{.*\}$/, ''))).toEqual([
      'team,friends: newConference friends_conf',
      'team,friends: floorchange friends_conf',
      'team,friends,public: newConference public_conf',
      'team,friends,public: floorchange public_conf',
      'team,friends,public: newMember public_conf',
      'team,friends: floorchange friends_conf',
      'team,friends: delConference friends_conf',
      'team,friends,public: delMember public_conf "23"',
      'team,friends,public: floorchange public_conf',
      'team,friends,public: delConference public_conf',
    ]);
  });

  it('tells everybody about registrations, once each', () => {
    expect(deltas('registration')).toEqual([
      'team,friends,public: addReg 20001',
      'team,friends,public: delReg 20001',
      'team,friends,public: addReg 20000',
      'team,friends,public: delReg 20000',
    ]);
  });
});
