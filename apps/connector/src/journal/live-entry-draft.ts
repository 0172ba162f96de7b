import type { JournalEntryDraft, JournalSource, JsonValue } from '@fscon/journal';
import type { LiveEvent } from '@fscon/live-state';

/** Live events come from the one FreeSWITCH the connector is connected to. */
export const FREESWITCH_SOURCE: JournalSource = { type: 'freeswitch', node: 'default' };

/** `MemberJoined` → `member.joined`. */
export function entryKind(type: string): string {
  return type
    .split(/(?=[A-Z])/)
    .map((word) => word.toLowerCase())
    .join('.');
}

/** A live event as the journal keeps it: its kind, its conference as subject, the event as payload. */
export function liveEntryDraft(event: LiveEvent, time: number): JournalEntryDraft {
  const conference = 'conference' in event.data ? event.data.conference : undefined;
  return {
    time,
    kind: entryKind(event.type),
    source: FREESWITCH_SOURCE,
    ...(conference === undefined ? {} : { subject: { type: 'conference', name: conference } }),
    payload: event as unknown as JsonValue,
  };
}
