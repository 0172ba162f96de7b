import type { JournalEntry, JournalEntryDraft, JournalSource, JsonValue } from '@fscon/journal';
import type { LiveJournalEvent, XmlStateRebuilt } from '@fscon/live-state';

/** Live events come from the one FreeSWITCH the connector is connected to. */
export const FREESWITCH_SOURCE: JournalSource = { type: 'freeswitch', node: 'default' };

/** xmlState rebuilds are the connector's own reading of FreeSWITCH's configuration. */
export const CONNECTOR_SOURCE: JournalSource = { type: 'connector' };

export const XML_STATE_REBUILT_KIND = 'xmlstate.rebuilt';

/** `MemberJoined` → `member.joined`. */
export function entryKind(type: string): string {
  return type
    .split(/(?=[A-Z])/)
    .map((word) => word.toLowerCase())
    .join('.');
}

/**
 * A live event as the journal keeps it: FreeSWITCH's with its kind, its conference as subject and the
 * event as payload; an xmlState rebuild as `xmlstate.rebuilt` of the connector with the visibility of
 * every conference as payload.
 */
export function liveEntryDraft(event: LiveJournalEvent, time: number): JournalEntryDraft {
  if (event.type === 'XmlStateRebuilt') {
    return { time, kind: XML_STATE_REBUILT_KIND, source: CONNECTOR_SOURCE, payload: event.data };
  }
  const conference = 'conference' in event.data ? event.data.conference : undefined;
  return {
    time,
    kind: entryKind(event.type),
    source: FREESWITCH_SOURCE,
    ...(conference === undefined ? {} : { subject: { type: 'conference', name: conference } }),
    payload: event as unknown as JsonValue,
  };
}

/** The live event a stored entry holds, or undefined for any other entry (connection, admin writes). */
export function liveEventOf(entry: JournalEntry): LiveJournalEvent | undefined {
  if (entry.kind === XML_STATE_REBUILT_KIND && entry.source.type === 'connector') {
    return { type: 'XmlStateRebuilt', data: entry.payload as unknown as XmlStateRebuilt['data'] };
  }
  if (entry.source.type !== 'freeswitch') return undefined;
  const payload = entry.payload as { type?: unknown } | null;
  if (typeof payload?.type !== 'string' || entryKind(payload.type) !== entry.kind) return undefined;
  return payload as unknown as LiveJournalEvent;
}
