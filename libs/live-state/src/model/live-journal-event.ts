import type { Conference } from '@fscon/contracts';
import type { LiveEvent } from './live-event';

/** What the live projection needs of an xmlState conference: who may see it and how it is shown. */
export type ConferenceVisibility = Pick<Conference, 'name' | 'num' | 'context' | 'type'>;

/** The xmlState was read anew; it carries the conferences' visibility, nothing secret. */
export interface XmlStateRebuilt {
  type: 'XmlStateRebuilt';
  data: { conferences: ConferenceVisibility[] };
}

/** Every event the live projection follows in the journal: FreeSWITCH's and the xmlState's rebuilds. */
export type LiveJournalEvent = LiveEvent | XmlStateRebuilt;
