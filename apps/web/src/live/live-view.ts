import type { LiveConference, LiveDelta, LiveRegistration } from '@fscon/contracts';

/** What a dashboard knows of the live state, and where it stands in the server's sequence of deltas. */
export interface LiveView {
  /** Running conferences by name. */
  conferences: Readonly<Record<string, LiveConference>>;
  /** Registrations by SIP Call-ID. */
  registrations: Readonly<Record<string, LiveRegistration>>;
  /** True once a snapshot (or a resumed sequence) stands for the server's state. */
  synced: boolean;
  /** The `seq` of the last delta applied; undefined before the first one, or when the server sends none. */
  lastSeq?: number;
  /** The epoch of the last `init` reply: the journal `lastSeq` is a place in. */
  epoch?: string;
  /** Deltas that arrived before the first snapshot, oldest first. */
  pending: readonly LiveDelta[];
  /** Counts `newXML` events, so views of the directory know when to reload. */
  xmlVersion: number;
}

export const EMPTY_LIVE_VIEW: LiveView = {
  conferences: {},
  registrations: {},
  synced: false,
  pending: [],
  xmlVersion: 0,
};

export function byName(conferences: readonly LiveConference[]): Record<string, LiveConference> {
  return Object.fromEntries(conferences.map((conference) => [conference.name, conference]));
}

export function byRegid(registrations: readonly LiveRegistration[]): Record<string, LiveRegistration> {
  return Object.fromEntries(registrations.map((registration) => [registration.regid, registration]));
}
