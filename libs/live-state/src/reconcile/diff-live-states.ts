import type { LiveEvent } from '../model/live-event';
import {
  emptyConference,
  type ConferenceState,
  type LiveState,
  type Member,
  type Recording,
} from '../model/live-state';

/**
 * The events that take `before` to `after` (typically: the state kept from events, and the state
 * of a fresh `conference json_list` / `show registrations as json`). Replayed through evolve they
 * give `after`'s conferences, members, mute flags, lock, recording, floor and registrations;
 * `lastjoin` and `lastleave` are history that no snapshot knows, so they are not corrected.
 * Note that FreeSWITCH still lists a registration for a moment after its sofia::unregister event.
 */
export function diffLiveStates(before: LiveState, after: LiveState): LiveEvent[] {
  const events: LiveEvent[] = [];
  for (const name of before.conferences.keys()) {
    if (!after.conferences.has(name)) events.push({ type: 'ConferenceEnded', data: { conference: name } });
  }
  for (const [name, now] of after.conferences) {
    const was = before.conferences.get(name);
    if (!was) events.push({ type: 'ConferenceCreated', data: { conference: name } });
    events.push(...conferenceCorrections(was ?? emptyConference(name), now));
  }
  for (const [key, registration] of before.registrations) {
    if (!after.registrations.has(key)) {
      events.push({ type: 'RegistrationRemoved', data: { registration, reason: 'reconcile' } });
    }
  }
  for (const [key, registration] of after.registrations) {
    if (before.registrations.get(key)?.sipcon !== registration.sipcon) {
      events.push({ type: 'RegistrationAdded', data: { registration } });
    }
  }
  return events;
}

/**
 * A member whose confid now stands for another user or name (FreeSWITCH restarted and counts member
 * ids from 1 again) leaves and joins anew.
 */
function conferenceCorrections(was: ConferenceState, now: ConferenceState): LiveEvent[] {
  const conference = now.name;
  const nowById = new Map(now.members.map((m) => [m.confid, m]));
  const wasById = new Map(was.members.map((m) => [m.confid, m]));
  const events: LiveEvent[] = [];
  const gone = was.members.filter((member) => !sameMember(member, nowById.get(member.confid)));
  for (const member of gone) {
    events.push({ type: 'MemberLeft', data: { conference, member } });
  }
  for (const member of now.members) {
    const before = wasById.get(member.confid);
    if (!sameMember(member, before)) {
      events.push({ type: 'MemberJoined', data: { conference, member } });
    } else if (before) {
      events.push(...memberCorrections(conference, before, member));
    }
  }
  if (was.locked !== now.locked) {
    events.push({ type: now.locked ? 'ConferenceLocked' : 'ConferenceUnlocked', data: { conference } });
  }
  events.push(...recordingCorrections(conference, was.recording, now.recording));
  const floorHolder = gone.some((m) => m.confid === was.floor?.confid) ? undefined : was.floor?.confid;
  if (floorHolder !== now.floor?.confid) {
    events.push({ type: 'FloorChanged', data: { conference, floor: now.floor } });
  }
  return events;
}

/** Mute first: a muted member is not talking, whatever the listing says. */
function memberCorrections(conference: string, was: Member, now: Member): LiveEvent[] {
  const confid = now.confid;
  const events: LiveEvent[] = [];
  if (was.mute !== now.mute)
    events.push({ type: now.mute ? 'MemberMuted' : 'MemberUnmuted', data: { conference, confid } });
  if (was.talking !== now.talking) {
    events.push({
      type: now.talking ? 'MemberTalking' : 'MemberStoppedTalking',
      data: { conference, confid },
    });
  }
  if (was.deaf !== now.deaf) {
    events.push({ type: now.deaf ? 'MemberDeafened' : 'MemberUndeafened', data: { conference, confid } });
  }
  for (const direction of ['in', 'out'] as const) {
    const level = now[`volume_${direction}`];
    if (was[`volume_${direction}`] !== level) {
      events.push({ type: 'MemberVolumeChanged', data: { conference, confid, direction, level } });
    }
  }
  if (was.energy !== now.energy) {
    events.push({ type: 'MemberEnergyChanged', data: { conference, confid, energy: now.energy } });
  }
  return events;
}

function sameMember(member: Member, other: Member | undefined): boolean {
  return other !== undefined && other.id === member.id && other.name === member.name;
}

function recordingCorrections(conference: string, was: Recording, now: Recording): LiveEvent[] {
  if (now.status === 'norec') {
    return was.status === 'norec' ? [] : [{ type: 'RecordingStopped', data: { conference, file: was.file } }];
  }
  const { file } = now;
  const sameFile = was.status !== 'norec' && was.file === file;
  if (sameFile && was.status === now.status) return [];
  if (now.status === 'running') {
    const type = sameFile ? 'RecordingResumed' : 'RecordingStarted';
    return [{ type, data: { conference, file } }];
  }
  const started: LiveEvent[] = sameFile ? [] : [{ type: 'RecordingStarted', data: { conference, file } }];
  return [...started, { type: 'RecordingPaused', data: { conference, file } }];
}
