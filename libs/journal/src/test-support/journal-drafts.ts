import type { JournalEntryDraft } from '../journal-entry';

/** A member joining a conference on FreeSWITCH node fs1, at time `time`. */
export function memberJoined(conference: string, member: number, time = Date.now()): JournalEntryDraft {
  return {
    time,
    kind: 'member.joined',
    source: { type: 'freeswitch', node: 'fs1' },
    subject: { type: 'conference', name: conference },
    payload: { member, caller: { name: `caller ${member}`, number: String(20000 + member) }, muted: false },
  };
}

export function userAdded(id: string, by: string, time = Date.now()): JournalEntryDraft {
  return {
    time,
    kind: 'user.added',
    source: { type: 'admin', user: by },
    subject: { type: 'user', id },
    payload: { id, context: 'team', name: `user ${id}` },
  };
}

export function socketUp(time = Date.now()): JournalEntryDraft {
  return { time, kind: 'connection.up', source: { type: 'connector' }, payload: null };
}
