import type { Context } from '@fscon/contracts';
import { FsXmlRenderError } from './fs-xml-escape';

const NUMBER = /^\d{1,10}$/;

function checkedNumber(kind: string, value: string): string {
  if (!NUMBER.test(value)) throw new FsXmlRenderError(`${kind} ${JSON.stringify(value)} is not a number`);
  return value;
}

/** The folder (relative to FreeSWITCH's configuration folder) holding the user files of a context. */
export function userFolder(context: Context): string {
  return `directory/${context}`;
}

/** The file (relative to FreeSWITCH's configuration folder) of a user. */
export function userFilePath(context: Context, id: string): string {
  return `${userFolder(context)}/${checkedNumber('user id', id)}.xml`;
}

/** The folder (relative to FreeSWITCH's configuration folder) holding the conference extensions. */
export const CONFERENCE_FOLDER = 'dialplan/conferences';

/** The file (relative to FreeSWITCH's configuration folder) of a conference extension. */
export function conferenceFilePath(num: string): string {
  return `${CONFERENCE_FOLDER}/${checkedNumber('conference number', num)}.xml`;
}
