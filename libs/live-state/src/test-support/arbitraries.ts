import fc from 'fast-check';
import type { LiveEvent } from '../model/live-event';
import type { ConferenceState, LiveState, Member, Recording, Registration } from '../model/live-state';
import { registrationKey } from '../model/live-state';

const conferenceName = fc.constantFrom('team_g722', 'friends_conf', 'public_conf');
const confid = fc.constantFrom('1', '2', '3', '4', '5');
const file = fc.constantFrom('/rec/a.wav', '/rec/b.wav');

/** Members drawn from a small pool, so that events often hit the same ones. */
export const memberArb: fc.Arbitrary<Member> = fc
  .record({
    name: fc.constantFrom('ann', 'bob', '20001'),
    id: fc.constantFrom('20000', '20001', '21000'),
    confid,
    mute: fc.boolean(),
    talking: fc.boolean(),
    deaf: fc.boolean(),
    volume_in: fc.integer({ min: -4, max: 4 }),
    volume_out: fc.integer({ min: -4, max: 4 }),
    energy: fc.constantFrom(0, 100, 300),
  })
  .map((member) => ({ ...member, talking: member.talking && !member.mute }));

export const registrationArb: fc.Arbitrary<Registration> = fc.record({
  id: fc.constantFrom('20000', '20001'),
  regid: fc.constantFrom('call-a', 'call-b'),
  sipcon: fc.constantFrom('10.0.0.1:5060', '10.0.0.2:5060'),
});

export const recordingArb: fc.Arbitrary<Recording> = fc.oneof(
  fc.constant<Recording>({ status: 'norec' }),
  fc.record({ status: fc.constantFrom('running' as const, 'paused' as const), file }),
);

/** A conference as a listing would show it: distinct members, the floor one of them (or no one). */
export const conferenceArb = (name: string): fc.Arbitrary<ConferenceState> =>
  fc
    .record({
      members: fc.uniqueArray(memberArb, { selector: (m) => m.confid, maxLength: 4 }),
      locked: fc.boolean(),
      recording: recordingArb,
      floorIndex: fc.nat(5),
    })
    .map(({ members, locked, recording, floorIndex }) => ({
      name,
      recording,
      locked,
      floor: members[floorIndex] ?? null,
      lastjoin: members.at(-1) ?? null,
      lastleave: null,
      memcount: members.length,
      members,
    }));

export const liveStateArb: fc.Arbitrary<LiveState> = fc
  .record({
    names: fc.subarray(['team_g722', 'friends_conf', 'public_conf']),
    registrations: fc.uniqueArray(registrationArb, { selector: registrationKey }),
  })
  .chain(({ names, registrations }) =>
    fc.tuple(...names.map(conferenceArb)).map((conferences) => ({
      conferences: new Map(conferences.map((c) => [c.name, c])),
      registrations: new Map(registrations.map((r) => [registrationKey(r), r])),
    })),
  );

export const liveEventArb: fc.Arbitrary<LiveEvent> = fc.oneof(
  conferenceName.map((conference): LiveEvent => ({ type: 'ConferenceCreated', data: { conference } })),
  fc
    .record({ conference: conferenceName, member: memberArb })
    .map((data): LiveEvent => ({ type: 'MemberJoined', data })),
  fc
    .record({ conference: conferenceName, member: memberArb })
    .map((data): LiveEvent => ({ type: 'MemberLeft', data })),
  fc
    .record({ conference: conferenceName, floor: fc.option(memberArb, { nil: null }) })
    .map((data): LiveEvent => ({ type: 'FloorChanged', data })),
  fc.record({ conference: conferenceName, confid }).map((data): LiveEvent => ({ type: 'MemberMuted', data })),
  fc
    .record({ conference: conferenceName, confid })
    .map((data): LiveEvent => ({ type: 'MemberUnmuted', data })),
  conferenceName.map((conference): LiveEvent => ({ type: 'AllMuted', data: { conference } })),
  conferenceName.map((conference): LiveEvent => ({ type: 'ConferenceLocked', data: { conference } })),
  conferenceName.map((conference): LiveEvent => ({ type: 'ConferenceUnlocked', data: { conference } })),
  fc
    .record({ conference: conferenceName, file })
    .map((data): LiveEvent => ({ type: 'RecordingStarted', data })),
  fc
    .record({ conference: conferenceName, file })
    .map((data): LiveEvent => ({ type: 'RecordingPaused', data })),
  fc
    .record({ conference: conferenceName, file })
    .map((data): LiveEvent => ({ type: 'RecordingResumed', data })),
  fc
    .record({ conference: conferenceName, file })
    .map((data): LiveEvent => ({ type: 'RecordingStopped', data })),
  conferenceName.map((conference): LiveEvent => ({ type: 'ConferenceEnded', data: { conference } })),
  registrationArb.map((registration): LiveEvent => ({ type: 'RegistrationAdded', data: { registration } })),
  registrationArb.map((registration): LiveEvent => ({
    type: 'RegistrationRemoved',
    data: { registration, reason: 'unregister' },
  })),
);
