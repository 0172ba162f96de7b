import type { XmlState } from '@fscon/contracts';
import { userFilePath } from '@fscon/fs-xml';
import { DEMO_USERS, GLOBALS } from '../../../../../../libs/admin/src/test-support/demo-directory';

export { DEMO_USERS };

/** The demo users as the xmlState holds them. */
export const USERS_STATE: XmlState = {
  info: { reloadxml: { lastrun: '', lastmsg: '' }, maintainance: { lastrun: '' } },
  globals: GLOBALS,
  users: DEMO_USERS,
  conferences: [],
  conferencetypes: ['16kHz-novideo', '48kHz-video'],
};

/** A file per demo user, with its id as the content. */
export const USER_FILES: Record<string, string> = Object.fromEntries(
  DEMO_USERS.map((user) => [userFilePath(user.context, user.id), `file of ${user.id}`]),
);
