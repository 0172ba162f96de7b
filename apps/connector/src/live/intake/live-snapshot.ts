import type { ConferenceState, Registration, TranslationContext } from '@fscon/live-state';
import { parseConferenceList, parseRegistrations } from '@fscon/live-state';
import type { EventSocket } from '../../esl/event-socket.port';

export interface LiveSnapshot {
  conferences: ConferenceState[];
  registrations: Registration[];
  warnings: string[];
}

/** The running conferences as FreeSWITCH lists them now. Rejects like the Event Socket, or with LiveSnapshotError. */
export async function readConferences(
  esl: EventSocket,
  names: TranslationContext,
): Promise<{ conferences: ConferenceState[]; warnings: string[] }> {
  const { value, warnings } = parseConferenceList(await esl.api('conference json_list'), names);
  return { conferences: value, warnings };
}

/** The conferences and the SIP registrations as FreeSWITCH lists them now. */
export async function readLiveSnapshot(esl: EventSocket, names: TranslationContext): Promise<LiveSnapshot> {
  const [conferences, registrations] = await Promise.all([
    readConferences(esl, names),
    esl.api('show registrations as json').then(parseRegistrations),
  ]);
  return {
    conferences: conferences.conferences,
    registrations: registrations.value,
    warnings: [...conferences.warnings, ...registrations.warnings],
  };
}
