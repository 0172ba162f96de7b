import type { Conference, XmlState } from '@fscon/contracts';
import { XmlStateReadModel } from '../../xml-state/xml-state.read-model';

export const CONFERENCES: Conference[] = [
  { num: '30000', name: 'team_g722', type: '16kHz-novideo', context: 'team' },
  { num: '31000', name: 'friends_conf', type: '16kHz-novideo', context: 'friends' },
  { num: '32000', name: 'public_conf', type: '8kHz', context: 'public' },
];

export const TEAM_REC = 'team_g722-2026-11-27T17:12:05.123Z.wav';
export const FRIENDS_REC = 'friends_conf-2026-11-27T17-12-18-115Z-plain.wav';
export const PUBLIC_REC = 'public_conf-2026-11-27T17:12:05Z.wav';
/** A recording of a conference that is no longer in the xmlState. */
export const GONE_REC = 'gone_conf-2026-11-27T17:12:05Z.wav';

/** An xmlState read model holding `conferences` and nothing else. */
export function readModelWith(conferences: Conference[] = CONFERENCES): XmlStateReadModel {
  const state: XmlState = {
    info: { reloadxml: { lastrun: '', lastmsg: '' }, maintainance: { lastrun: '' } },
    globals: {},
    users: [],
    conferences,
    conferencetypes: [],
  };
  const readModel = new XmlStateReadModel();
  readModel.replace(state);
  return readModel;
}
