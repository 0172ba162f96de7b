import type { FromSchema } from 'json-schema-to-ts';
import { closedObject as fields, closedObjectWithOptional } from './closed-object';
import { LIVE_FRAME_ERRORS } from './error-codes';
import {
  CONFERENCE_CALLS,
  LIVE_CONFERENCE_SCHEMA,
  LIVE_MEMBER_SCHEMA,
  LIVE_REGISTRATION_SCHEMA,
  MEMBER_CALLS,
  MEMBER_OR_NONE_SCHEMA,
  MEMBER_VOLUME,
} from './live-protocol';

const CONFERENCE = { type: 'string', description: 'the conference name' } as const;
const CONFID = { type: 'string', description: "the member's confid" } as const;
const FILE = { type: 'string', description: 'the recording file' } as const;
const EPOCH = {
  type: 'string',
  description: "the server journal's id: seqs are numbers within one epoch",
} as const;

const SOUND_FILE = {
  type: 'string',
  description:
    "play (required there): a sound file relative to the `sounds` folder of FreeSWITCH's configuration (`conf_dir`); no `..`, no absolute path",
  examples: ['fscon/16000/recording-started.wav'],
} as const;
const PIN = {
  type: 'string',
  description: 'pin (required there): the digits asked of the next joiners; `""` removes the PIN',
  examples: ['4711', ''],
} as const;
const CONTROL_VALUE = {
  type: 'integer',
  description: 'volume_in and volume_out (−4…4), energy (≥ 0): the new level (required there)',
  examples: [2],
} as const;
const TRANSFER_TARGET = {
  type: 'string',
  description:
    "transfer (required there): the configured conference to move the member to, one the caller's context may see",
  examples: ['friends_conf'],
} as const;
const INVITE_TARGET = {
  type: 'string',
  description: 'invite (required there): a directory user id, or (team only) a SIP address or a number',
  examples: ['20001', 'sip:alice@example.org', '+4930123456'],
} as const;

/**
 * What a client sends, by `req`. `since`: the last `seq` it applied, to receive what it missed; `epoch`:
 * the epoch of the reply that seq continues from (a since from another epoch gets the snapshot).
 */
export const LIVE_REQUEST_SCHEMAS = {
  init: {
    type: 'object',
    properties: {
      req: { const: 'init' },
      since: { type: 'integer', minimum: 0, description: 'the last seq the client applied' },
      epoch: EPOCH,
    },
    required: ['req'],
    additionalProperties: false,
  },
  initreg: fields({ req: { const: 'initreg' } }),
  exec: closedObjectWithOptional(
    { req: { const: 'exec' }, conference: CONFERENCE, call: { type: 'string', enum: CONFERENCE_CALLS } },
    { file: SOUND_FILE, pin: PIN, target: INVITE_TARGET },
  ),
  memexec: closedObjectWithOptional(
    {
      req: { const: 'memexec' },
      conference: CONFERENCE,
      call: { type: 'string', enum: MEMBER_CALLS },
      member: CONFID,
    },
    { value: CONTROL_VALUE, target: TRANSFER_TARGET, file: SOUND_FILE },
  ),
} as const;
export type LiveRequest = {
  [R in keyof typeof LIVE_REQUEST_SCHEMAS]: FromSchema<(typeof LIVE_REQUEST_SCHEMAS)[R]>;
}[keyof typeof LIVE_REQUEST_SCHEMAS];

/** The deltas by event name: the fields beside `event` (and `seq`). */
export const LIVE_EVENT_SCHEMAS = {
  newXML: fields({}),
  newConference: fields({ data: LIVE_CONFERENCE_SCHEMA }),
  newMember: fields({ conference: CONFERENCE, data: LIVE_MEMBER_SCHEMA }),
  delMember: fields({ conference: CONFERENCE, data: CONFID }),
  delConference: fields({ conference: CONFERENCE }),
  floorchange: fields({ conference: CONFERENCE, data: MEMBER_OR_NONE_SCHEMA }),
  mute: fields({ conference: CONFERENCE, data: CONFID }),
  unmute: fields({ conference: CONFERENCE, data: CONFID }),
  talking: fields({ conference: CONFERENCE, data: CONFID }),
  stoptalking: fields({ conference: CONFERENCE, data: CONFID }),
  deaf: fields({ conference: CONFERENCE, data: CONFID }),
  undeaf: fields({ conference: CONFERENCE, data: CONFID }),
  volume: fields({
    conference: CONFERENCE,
    data: CONFID,
    volume_in: MEMBER_VOLUME,
    volume_out: MEMBER_VOLUME,
  }),
  energy: fields({ conference: CONFERENCE, data: CONFID, energy: { type: 'integer', minimum: 0 } }),
  muteAll: fields({ conference: CONFERENCE }),
  lock: fields({ conference: CONFERENCE }),
  unlock: fields({ conference: CONFERENCE }),
  recStart: fields({ conference: CONFERENCE, file: FILE }),
  recPause: fields({ conference: CONFERENCE, file: FILE }),
  recResume: fields({ conference: CONFERENCE, file: FILE }),
  recStop: fields({ conference: CONFERENCE }),
  addReg: fields({ user: LIVE_REGISTRATION_SCHEMA }),
  delReg: fields({ user: LIVE_REGISTRATION_SCHEMA }),
  newLiveState: fields({ data: { type: 'array', items: LIVE_CONFERENCE_SCHEMA } }),
} as const;
export type LiveEventMap = {
  [K in keyof typeof LIVE_EVENT_SCHEMAS]: FromSchema<(typeof LIVE_EVENT_SCHEMAS)[K]>;
};

/** A delta's place in the server's sequence, for `{"req":"init","since":N}`. */
export const SEQ_SCHEMA = {
  type: 'integer',
  minimum: 1,
  description: "the delta's place in the server's sequence",
} as const;

/** A delta as sent: its event name, its payload and its place in the server's sequence. */
export type LiveDelta = {
  [K in keyof LiveEventMap]: { event: K; seq?: number } & LiveEventMap[K];
}[keyof LiveEventMap];

/** What `init` and `initreg` answer with, by `reply`; `seq`, when present, is the last delta the snapshot includes. */
export const LIVE_REPLY_SCHEMAS = {
  init: {
    type: 'object',
    properties: {
      reply: { const: 'init' },
      data: { type: 'array', items: LIVE_CONFERENCE_SCHEMA },
      seq: { type: 'integer', minimum: 0, description: 'the last delta the snapshot includes' },
      epoch: EPOCH,
    },
    required: ['reply', 'data'],
    additionalProperties: false,
  },
  initreg: {
    type: 'object',
    properties: {
      reply: { const: 'initreg' },
      data: { type: 'array', items: LIVE_REGISTRATION_SCHEMA },
      seq: { type: 'integer', minimum: 0, description: 'the last delta the snapshot includes' },
      epoch: EPOCH,
    },
    required: ['reply', 'data'],
    additionalProperties: false,
  },
} as const;
export type LiveReplyBody = {
  [R in keyof typeof LIVE_REPLY_SCHEMAS]: FromSchema<(typeof LIVE_REPLY_SCHEMAS)[R]>;
}[keyof typeof LIVE_REPLY_SCHEMAS];

export const LIVE_ERROR_SCHEMA = fields({
  error: { type: 'string', description: "`wrong format`, `wrong protocol` or FreeSWITCH's message" },
  code: { type: 'string', enum: LIVE_FRAME_ERRORS, description: 'why, as a stable code' },
});

/**
 * Every message the server sends on the live WebSocket, by its `event` name: the fields beside `event`.
 * The server writes nothing that is not in this map.
 */
export interface ClientEventMap extends LiveEventMap {
  reply: LiveReplyBody;
  error: FromSchema<typeof LIVE_ERROR_SCHEMA>;
}

/** A message of the named kinds as it goes over the wire (without the `seq` of deltas). */
export type ClientMessage<K extends keyof ClientEventMap = keyof ClientEventMap> = {
  [P in K]: { event: P } & ClientEventMap[P];
}[K];

export type LiveReply = ClientMessage<'reply'>;

export type LiveError = ClientMessage<'error'>;

/** Every message the server sends on the live WebSocket. */
export type LiveMessage = LiveDelta | LiveReply | LiveError;
