import type { XmlState } from '@fscon/contracts';
import { conferenceFilePath } from '@fscon/fs-xml';
import {
  CONFERENCE_TYPES,
  DEMO_CONFERENCES,
} from '../../../../../../libs/admin/src/test-support/demo-dialplan';

export { DEMO_CONFERENCES };

/** The demo conferences as the xmlState holds them. */
export const CONFERENCES_STATE: XmlState = {
  info: { reloadxml: { lastrun: '', lastmsg: '' }, maintainance: { lastrun: '' } },
  globals: {},
  users: [],
  conferences: DEMO_CONFERENCES,
  conferencetypes: CONFERENCE_TYPES,
};

/** A file per demo conference, with its number as the content. */
export const CONFERENCE_FILES: Record<string, string> = Object.fromEntries(
  DEMO_CONFERENCES.map((c) => [conferenceFilePath(c.num), `file of ${c.num}`]),
);
