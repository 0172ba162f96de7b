import { DEFAULT_CONTEXT_RANGES, type Conference } from '@fscon/contracts';
import { conferenceFilePath } from '@fscon/fs-xml';
import { dialplanState, type DialplanState } from '../conferences/dialplan-state';

/** The demo conferences, each in its own file. */
export const DEMO_CONFERENCES: Conference[] = [
  { num: '30000', name: 'team_g722', type: '16kHz-novideo', context: 'team' },
  { num: '31000', name: 'friends_conf', type: '16kHz-novideo', context: 'friends' },
  { num: '32000', name: 'public_conf', type: '48kHz-video', context: 'public' },
];

export const CONFERENCE_TYPES = ['16kHz-novideo', '48kHz-video'];

/** These conferences (the demo's by default), each in its own file, plus any further files on disk. */
export function demoDialplan(
  conferences: Conference[] = DEMO_CONFERENCES,
  extraFiles: string[] = [],
): DialplanState {
  return dialplanState({
    conferences,
    conferencetypes: CONFERENCE_TYPES,
    ranges: DEFAULT_CONTEXT_RANGES,
    files: [...conferences.map((c) => conferenceFilePath(c.num)), ...extraFiles],
  });
}
