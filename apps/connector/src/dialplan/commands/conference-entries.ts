import type { ConferenceEvent } from '@fscon/admin';
import type { Conference } from '@fscon/contracts';
import type { JournalEntryDraft } from '@fscon/journal';
import { adminEntry } from '../../config-files/admin-entries';

/** The journal's entries for the dialplan's events: one per conference done, its number as subject. */
export function conferenceEntries(
  events: readonly ConferenceEvent[],
  op: string,
  caller: string,
  time: number,
): JournalEntryDraft[] {
  const entry = (kind: string, before: Conference | null, after: Conference | null) =>
    adminEntry(
      caller,
      time,
      kind,
      { op, before, after },
      { type: 'conference', name: (after ?? before)!.num },
    );
  return events.flatMap((event): JournalEntryDraft[] => {
    switch (event.type) {
      case 'ConferenceAdded':
        return [entry('conference.added', null, event.data.conference)];
      case 'ConferenceChanged':
        return [entry('conference.changed', event.data.before, event.data.conference)];
      case 'ConferenceDeleted':
        return [entry('conference.deleted', event.data.conference, null)];
      case 'ConferenceRefused':
        return [];
      default: {
        const unknown: never = event;
        throw new Error(`unknown conference event ${JSON.stringify(unknown)}`);
      }
    }
  });
}
