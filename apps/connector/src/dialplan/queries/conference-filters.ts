import type { Conference } from '@fscon/contracts';

/** The list filters of /api/conferences/<filter>/:s; all match with startsWith. */
export const CONFERENCE_FILTERS = {
  bynum: (conference: Conference, s: string) => conference.num.startsWith(s),
  bytype: (conference: Conference, s: string) => conference.type.startsWith(s),
  byname: (conference: Conference, s: string) => conference.name.startsWith(s),
  bycontext: (conference: Conference, s: string) => conference.context.startsWith(s),
} as const;

export type ConferenceFilter = keyof typeof CONFERENCE_FILTERS;

export function filterConferences(conferences: readonly Conference[], filter: ConferenceFilter, s: string) {
  return conferences.filter((conference) => CONFERENCE_FILTERS[filter](conference, s));
}
