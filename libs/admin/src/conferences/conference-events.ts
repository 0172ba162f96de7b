import type { Conference } from '@fscon/contracts';

/** What became of the conference extensions; `element` is the position of the element answered. */
export type ConferenceEvent =
  | { type: 'ConferenceAdded'; data: { element: number; conference: Conference } }
  | { type: 'ConferenceChanged'; data: { element: number; before: Conference; conference: Conference } }
  | { type: 'ConferenceDeleted'; data: { element: number; conference: Conference } }
  | { type: 'ConferenceRefused'; data: { element: number; error: string } };
