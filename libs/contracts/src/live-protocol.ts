import type { FromSchema } from 'json-schema-to-ts';
import { closedObject } from './closed-object';
import { CONTEXT_SCHEMA } from './xml-state';

/** FreeSWITCH's volume steps: 0 is unchanged, each step about 3 dB. */
export const MEMBER_VOLUME = { type: 'integer', minimum: -4, maximum: 4 } as const;

/** A conference member as the live WebSocket shows it; `confid` is FreeSWITCH's member id. */
export const LIVE_MEMBER_SCHEMA = closedObject(
  {
    name: { type: 'string', examples: ['stefan'] },
    id: { type: 'string', examples: ['20003'] },
    confid: { type: 'string', examples: ['4'] },
    mute: { type: 'boolean', description: 'not able to speak' },
    talking: { type: 'boolean', description: 'speaking now (FreeSWITCH heard it above its energy level)' },
    deaf: { type: 'boolean', description: 'not able to hear the conference' },
    volume_in: { ...MEMBER_VOLUME, description: "the member's own voice as the conference hears it" },
    volume_out: { ...MEMBER_VOLUME, description: 'the conference as the member hears it' },
    energy: {
      type: 'integer',
      minimum: 0,
      description: 'the energy level under which FreeSWITCH treats the member as silent',
    },
  },
  "A conference member; `confid` is FreeSWITCH's member id.",
);
export type LiveMember = FromSchema<typeof LIVE_MEMBER_SCHEMA>;

/** A member's audio as FreeSWITCH starts it in our profiles: silent, hearing, volumes unchanged, energy level 0. */
export const MEMBER_AUDIO_DEFAULTS = {
  talking: false,
  deaf: false,
  volume_in: 0,
  volume_out: 0,
  energy: 0,
} as const satisfies Omit<LiveMember, 'name' | 'id' | 'confid' | 'mute'>;

/** `{}` where the protocol has no member (no floor holder, nobody joined or left yet). */
export const NO_MEMBER_SCHEMA = {
  type: 'object',
  description: 'No member: no floor holder, nobody joined or left yet.',
  maxProperties: 0,
  additionalProperties: false,
} as const;
export type NoMember = Record<string, never>;

export const MEMBER_OR_NONE_SCHEMA = { anyOf: [LIVE_MEMBER_SCHEMA, NO_MEMBER_SCHEMA] } as const;

export const LIVE_RECORDING_SCHEMA = {
  oneOf: [
    closedObject({ status: { const: 'norec' } }),
    closedObject({
      status: { type: 'string', enum: ['running', 'paused'] },
      file: { type: 'string', description: 'the full path FreeSWITCH records to' },
    }),
  ],
} as const;
export type LiveRecording = FromSchema<typeof LIVE_RECORDING_SCHEMA>;

/** A running conference. */
export const LIVE_CONFERENCE_SCHEMA = closedObject(
  {
    name: { type: 'string' },
    context: CONTEXT_SCHEMA,
    type: { type: 'string' },
    num: { type: 'string' },
    recording: LIVE_RECORDING_SCHEMA,
    locked: { type: 'boolean' },
    floor: MEMBER_OR_NONE_SCHEMA,
    lastjoin: MEMBER_OR_NONE_SCHEMA,
    lastleave: MEMBER_OR_NONE_SCHEMA,
    memcount: { type: 'integer', minimum: 0 },
    members: { type: 'array', items: LIVE_MEMBER_SCHEMA },
  },
  'A running conference.',
);
export type LiveConference = FromSchema<typeof LIVE_CONFERENCE_SCHEMA>;

/** A SIP registration: user id, SIP Call-ID, contact address. */
export const LIVE_REGISTRATION_SCHEMA = closedObject(
  {
    id: { type: 'string', examples: ['20003'] },
    regid: { type: 'string', description: 'the SIP Call-ID' },
    sipcon: { type: 'string', examples: ['11.12.13.14:34024'] },
  },
  'A SIP registration: user id, SIP Call-ID, contact address.',
);
export type LiveRegistration = FromSchema<typeof LIVE_REGISTRATION_SCHEMA>;

export const CONFERENCE_CALLS = [
  'lock',
  'unlock',
  'startrec',
  'pauserec',
  'resumerec',
  'stoprec',
  'muteall',
  'kickall',
  'play',
  'pin',
  'invite',
] as const;
export type ConferenceCall = (typeof CONFERENCE_CALLS)[number];

export const MEMBER_CALLS = [
  'mute',
  'unmute',
  'kick',
  'deaf',
  'undeaf',
  'volume_in',
  'volume_out',
  'energy',
  'transfer',
  'play',
] as const;
export type MemberCall = (typeof MEMBER_CALLS)[number];
