import type { JournalEntryDraft } from '@fscon/journal';

const NODE = { type: 'freeswitch', node: 'fs1' } as const;
const conference = (i: number) => ({ type: 'conference', name: String(30000 + (i % 40)) }) as const;
const member = (i: number) => ({
  member: 100 + (i % 500),
  uuid: `5f0c${(i * 2654435761) % 0xffffffff}`.padEnd(36, '0'),
  caller: { name: `Caller ${i % 500}`, number: String(20000 + (i % 500)) },
});

/**
 * The i-th event of a busy day: members joining, talking, muted and leaving, floor changes, phones
 * registering, now and then a recording, a lock or an admin's change, rarely the Event Socket.
 */
export function realisticEvent(i: number, time: number): JournalEntryDraft {
  const roll = i % 100;
  if (roll < 20)
    return { time, kind: 'member.joined', source: NODE, subject: conference(i), payload: member(i) };
  if (roll < 38)
    return { time, kind: 'member.left', source: NODE, subject: conference(i), payload: member(i) };
  if (roll < 58) {
    const kind = roll % 2 === 0 ? 'member.talking' : 'member.silent';
    return { time, kind, source: NODE, subject: conference(i), payload: { member: 100 + (i % 500) } };
  }
  if (roll < 70) {
    const payload = { member: 100 + (i % 500), muted: roll % 2 === 0 };
    return { time, kind: 'member.muted', source: NODE, subject: conference(i), payload };
  }
  if (roll < 76)
    return {
      time,
      kind: 'floor.changed',
      source: NODE,
      subject: conference(i),
      payload: { member: 100 + (i % 500) },
    };
  if (roll < 94) {
    const user = String(20000 + (i % 500));
    const payload = {
      user,
      contact: `sip:${user}@192.0.2.${i % 250}:5061;transport=tls`,
      agent: 'Linphone/5.2',
      expires: 3600,
    };
    return {
      time,
      kind: roll % 2 === 0 ? 'registration.added' : 'registration.removed',
      source: NODE,
      subject: { type: 'user', id: user },
      payload,
    };
  }
  if (roll < 96)
    return {
      time,
      kind: 'recording.started',
      source: NODE,
      subject: conference(i),
      payload: { path: `/recordings/${i}.wav` },
    };
  if (roll < 98)
    return {
      time,
      kind: 'conference.locked',
      source: NODE,
      subject: conference(i),
      payload: { locked: roll === 96 },
    };
  if (roll < 99) {
    const payload = { id: String(20000 + (i % 500)), context: 'team', changed: ['email'] };
    return {
      time,
      kind: 'user.changed',
      source: { type: 'admin', user: 'defaultuser' },
      subject: { type: 'user', id: payload.id },
      payload,
    };
  }
  return {
    time,
    kind: 'connection.resynced',
    source: { type: 'connector' },
    payload: { differences: i % 3 },
  };
}
