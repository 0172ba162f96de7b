import { MEMBER_AUDIO_DEFAULTS } from '@fscon/live-state';
import type { JournalEntryDraft } from '@fscon/journal';
import type { LiveEvent, Member } from '@fscon/live-state';
import { liveEntryDraft } from '../../apps/connector/src/journal/live-entry-draft';

const CONFERENCES = 40;
/** Entries of one conference run: created, 20 joins, 20 things said and done, 18 leaves, ended. */
const RUN = 60;

/** The events of the `step`th place of run `run` of a conference. */
function runEvent(conference: string, run: number, step: number): LiveEvent {
  const member = (n: number): Member => {
    const id = String(20000 + ((run * 7 + n) % 500));
    return { name: `Caller ${id}`, id, confid: String(run * 100 + n), mute: false, ...MEMBER_AUDIO_DEFAULTS };
  };
  if (step === 0) return { type: 'ConferenceCreated', data: { conference } };
  if (step <= 20) return { type: 'MemberJoined', data: { conference, member: member(step) } };
  if (step === 25)
    return { type: 'RecordingStarted', data: { conference, file: `/recordings/${conference}-${run}.wav` } };
  if (step === 35)
    return { type: 'RecordingStopped', data: { conference, file: `/recordings/${conference}-${run}.wav` } };
  if (step <= 40) {
    const confid = String(run * 100 + (step % 20) + 1);
    if (step % 3 === 0) return { type: 'MemberMuted', data: { conference, confid } };
    if (step % 3 === 1) return { type: 'MemberUnmuted', data: { conference, confid } };
    return { type: 'FloorChanged', data: { conference, floor: member((step % 20) + 1) } };
  }
  if (step < RUN - 1) return { type: 'MemberLeft', data: { conference, member: member(step - 40) } };
  return { type: 'ConferenceEnded', data: { conference } };
}

/**
 * The i-th entry of a busy day as the connector journals it: 40 conferences running one after the
 * other in turns of 60 events (joins, mutes, floor changes, a recording, leaves, the end), one in ten
 * entries a phone registering, one in a hundred an admin's change of a user.
 */
export function historyEvent(i: number, time: number): JournalEntryDraft {
  if (i % 100 === 99) {
    const id = String(20000 + (i % 500));
    const user = { id, name: `user${id}`, context: 'team', email: `${id}@example.org` };
    return {
      time,
      kind: 'user.changed',
      source: { type: 'admin', user: 'defaultuser' },
      subject: { type: 'user', id },
      payload: { op: 'users/mod', before: user, after: { ...user, email: `new-${id}@example.org` } },
    };
  }
  if (i % 10 === 9) {
    const id = String(20000 + (i % 500));
    const registration = { id, regid: `call-${i}`, sipcon: `192.0.2.${i % 250}:5061` };
    return liveEntryDraft({ type: 'RegistrationAdded', data: { registration } }, time);
  }
  const slot = Math.floor(i / CONFERENCES);
  const conference = String(30000 + (i % CONFERENCES));
  return liveEntryDraft(runEvent(conference, Math.floor(slot / RUN), slot % RUN), time);
}
