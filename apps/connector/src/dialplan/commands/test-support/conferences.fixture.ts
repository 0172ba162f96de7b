import { DEFAULT_CONTEXT_RANGES, type Conference, type XmlState } from '@fscon/contracts';
import { conferenceFilePath } from '@fscon/fs-xml';
import type { ConferencesView } from '../conferences-view';

/** The demo conferences, each in its own file. */
export const DEMO_CONFERENCES: Conference[] = [
  { num: '30000', name: 'team_g722', type: '16kHz-novideo', context: 'team' },
  { num: '31000', name: 'friends_conf', type: '16kHz-novideo', context: 'friends' },
  { num: '32000', name: 'public_conf', type: '48kHz-video', context: 'public' },
];

export const CONFERENCE_TYPES = ['16kHz-novideo', '48kHz-video'];

/** Given these conferences, each in its own file, plus any further files on disk. */
export function givenConferences(
  conferences: Conference[] = DEMO_CONFERENCES,
  extraFiles: string[] = [],
): ConferencesView {
  return {
    conferences,
    conferencetypes: CONFERENCE_TYPES,
    ranges: DEFAULT_CONTEXT_RANGES,
    files: new Set([...conferences.map((c) => conferenceFilePath(c.num)), ...extraFiles]),
  };
}

export const CONFERENCES_STATE: XmlState = {
  info: { reloadxml: { lastrun: '', lastmsg: '' }, maintainance: { lastrun: '' } },
  globals: {},
  users: [],
  conferences: DEMO_CONFERENCES,
  conferencetypes: CONFERENCE_TYPES,
};

export const CONFERENCE_FILES: Record<string, string> = Object.fromEntries(
  DEMO_CONFERENCES.map((c) => [conferenceFilePath(c.num), `file of ${c.num}`]),
);
