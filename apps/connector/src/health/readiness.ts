import type { ReadinessResponse } from '@fscon/contracts';

/** What the connector needs before it can serve its routes as FreeSWITCH has them. */
export interface ReadinessChecks {
  eventSocketConnected: boolean;
  xmlStateRead: boolean;
  liveStateSynced: boolean;
  /** The last read of the configuration succeeded (see /api/info `rebuildfailure`). */
  configurationCurrent: boolean;
  /** The Event Socket lag is within ESL_LAG_MAX_MS (EventSocketLag). */
  eventsCurrent: boolean;
  /** The journal's entries reach its file (JournalHealthWatch). */
  journalWritable: boolean;
}

/** Fixed sentences: a stranger may read them, so they name no address, port or error. */
export const NOT_READY_REASONS: Record<keyof ReadinessChecks, string> = {
  eventSocketConnected: 'FreeSWITCH is not connected',
  xmlStateRead: "FreeSWITCH's configuration has not been read yet",
  liveStateSynced: 'the live state has not been read from FreeSWITCH since it connected',
  configurationCurrent: "FreeSWITCH's configuration could not be read after its last change",
  eventsCurrent: "the connector is behind FreeSWITCH's events",
  journalWritable: 'the journal cannot be written',
};

export function readiness(checks: ReadinessChecks): ReadinessResponse {
  const names = Object.keys(NOT_READY_REASONS) as (keyof ReadinessChecks)[];
  const reasons = names.filter((name) => !checks[name]).map((name) => NOT_READY_REASONS[name]);
  return { ready: reasons.length === 0, reasons };
}
