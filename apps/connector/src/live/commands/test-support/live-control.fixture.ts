import type { Conference, Context, User, XmlState } from '@fscon/contracts';
import {
  EMPTY_LIVE_STATE,
  MEMBER_AUDIO_DEFAULTS,
  evolveAll,
  type LiveEvent,
  type LiveJournalEvent,
  type Member,
} from '@fscon/live-state';
import { FakeEventSocket } from '../../../../test/support/fake-event-socket';
import { loadConfig } from '../../../config/load-config';
import { openSqliteJournal } from '@fscon/journal';
import { Journal } from '../../../journal';
import { XmlStateReadModel } from '../../../xml-state/xml-state.read-model';
import { ConferenceControl } from '../conference-control';
import { Invitations } from '../invite/invitations';
import { LiveStateReadModel } from '../../state/live-state.read-model';

export const RECORDINGS = '/var/fsroot/recordings';

function user(id: string, name: string, context: Context): User {
  return { id, name, password: `pw${id}`, context, conpin: '', email: '', polymac: 'none' };
}

export const TEAM = user('20000', 'defaultuser', 'team');
export const FRIEND = user('21000', 'frienduser', 'friends');
export const PUBLIC = user('22000', 'publicuser', 'public');

/** The demo conferences of the xmlState; `adhoc` runs in FreeSWITCH without being one of them. */
export const CONFERENCES: Conference[] = [
  { num: '30000', name: 'team_g722', type: '16kHz-novideo', context: 'team' },
  { num: '31000', name: 'friends_conf', type: '16kHz-novideo', context: 'friends' },
  { num: '32000', name: 'public_conf', type: '48kHz-video', context: 'public' },
];

export const XML_STATE: XmlState = {
  info: { reloadxml: { lastrun: '', lastmsg: '' }, maintainance: { lastrun: '' } },
  globals: { conf_dir: '/var/fsroot/conf', sounds_dir: '/var/fsroot/sounds' },
  users: [TEAM, FRIEND, PUBLIC],
  conferences: CONFERENCES,
  conferencetypes: ['16kHz-novideo', '48kHz-video'],
};

export function member(confid: string, id: string, name: string): Member {
  return { name, id, confid, mute: false, ...MEMBER_AUDIO_DEFAULTS };
}

/** A running conference with members, as FreeSWITCH reported it. */
export function running(conference: string, ...members: Member[]): LiveEvent[] {
  return [
    { type: 'ConferenceCreated', data: { conference } },
    ...members.map((m): LiveEvent => ({ type: 'MemberJoined', data: { conference, member: m } })),
  ];
}

export const recordingStarted = (conference: string, file: string): LiveEvent => ({
  type: 'RecordingStarted',
  data: { conference, file },
});
export const recordingPaused = (conference: string, file: string): LiveEvent => ({
  type: 'RecordingPaused',
  data: { conference, file },
});

/** The four running conferences every spec starts from, each with two members. */
export const EVERY_CONFERENCE: LiveEvent[] = [
  ...running('team_g722', member('5', '20000', 'defaultuser'), member('7', '21000', 'frienduser')),
  ...running('friends_conf', member('8', '21000', 'frienduser'), member('9', '20001', 'teamuser2')),
  ...running('public_conf', member('10', '22000', 'publicuser'), member('11', '20000', 'defaultuser')),
  ...running('adhoc', member('12', '20000', 'defaultuser'), member('13', '20001', 'teamuser2')),
];

/** A journal that keeps what is appended to it. */
export class RecordingJournal extends Journal {
  readonly appended: LiveJournalEvent[] = [];

  constructor() {
    super(openSqliteJournal({ path: ':memory:' }), {
      onListenerError: (error) => {
        throw error;
      },
    });
    this.subscribe(({ event }) => this.appended.push(event));
  }
}

export interface LiveControlHarness {
  eventSocket: FakeEventSocket;
  journal: RecordingJournal;
  live: LiveStateReadModel;
  xmlState: XmlStateReadModel;
  control: ConferenceControl;
  invitations: Invitations;
}

/** Given these live events (and the demo xmlState): a control over a fake Event Socket. */
export function liveControlHarness(events: LiveEvent[] = EVERY_CONFERENCE): LiveControlHarness {
  const eventSocket = new FakeEventSocket();
  const journal = new RecordingJournal();
  const live = new LiveStateReadModel();
  live.replace(evolveAll(EMPTY_LIVE_STATE, events));
  const xmlState = new XmlStateReadModel();
  xmlState.replace(XML_STATE);
  const config = loadConfig({ RECPATH: RECORDINGS });
  return {
    eventSocket,
    journal,
    live,
    xmlState,
    control: new ConferenceControl(eventSocket, journal, config),
    invitations: new Invitations(eventSocket, xmlState, config),
  };
}
