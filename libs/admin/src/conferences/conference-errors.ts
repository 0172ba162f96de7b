import { conferenceFilePath } from '@fscon/fs-xml';

/** The error strings of the conference routes; clients of the original match on the first three. */
export const CONFERENCE_ERRORS = {
  nameTaken: 'name already taken',
  typeUnknown: 'type not implementet',
  noContext: 'context does not exist',
  noConference: (num: string) => `no conference ${num}`,
  notInOwnFile: (num: string) =>
    `conference ${num} is not defined in ${conferenceFilePath(num)}, so it cannot be changed`,
} as const;
