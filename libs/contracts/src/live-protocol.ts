import type { Context } from './xml-state';

/** A conference member as the live WebSocket shows it; `confid` is FreeSWITCH's member id. */
export interface LiveMember {
  name: string;
  id: string;
  confid: string;
  /** Not able to speak. */
  mute: boolean;
}

/** `{}` where the protocol has no member (no floor holder, nobody joined or left yet). */
export type NoMember = Record<string, never>;

export type LiveRecording = { status: 'norec' } | { status: 'running' | 'paused'; file: string };

/** A running conference. */
export interface LiveConference {
  name: string;
  context: Context;
  type: string;
  num: string;
  recording: LiveRecording;
  locked: boolean;
  floor: LiveMember | NoMember;
  lastjoin: LiveMember | NoMember;
  lastleave: LiveMember | NoMember;
  memcount: number;
  members: LiveMember[];
}

/** A SIP registration: user id, SIP Call-ID, contact address. */
export interface LiveRegistration {
  id: string;
  regid: string;
  sipcon: string;
}

export const CONFERENCE_CALLS = [
  'lock',
  'unlock',
  'startrec',
  'pauserec',
  'resumerec',
  'stoprec',
  'muteall',
  'kickall',
] as const;
export type ConferenceCall = (typeof CONFERENCE_CALLS)[number];

export const MEMBER_CALLS = ['mute', 'unmute', 'kick'] as const;
export type MemberCall = (typeof MEMBER_CALLS)[number];

/** What a client sends. `since`: the last `seq` it applied, to receive what it missed. */
export type LiveRequest =
  | { req: 'init'; since?: number }
  | { req: 'initreg' }
  | { req: 'exec'; conference: string; call: ConferenceCall }
  | { req: 'memexec'; conference: string; call: MemberCall; member: string };

/** The deltas, by event name. */
export interface LiveEventMap {
  newXML: Record<never, never>;
  newConference: { data: LiveConference };
  newMember: { conference: string; data: LiveMember };
  delMember: { conference: string; data: string };
  delConference: { conference: string };
  floorchange: { conference: string; data: LiveMember | NoMember };
  mute: { conference: string; data: string };
  unmute: { conference: string; data: string };
  muteAll: { conference: string };
  lock: { conference: string };
  unlock: { conference: string };
  recStart: { conference: string; file: string };
  recPause: { conference: string; file: string };
  recResume: { conference: string; file: string };
  recStop: { conference: string };
  addReg: { user: LiveRegistration };
  delReg: { user: LiveRegistration };
  newLiveState: { data: LiveConference[] };
}

/** A delta as sent: its event name, its payload and its place in the server's sequence. */
export type LiveDelta = {
  [K in keyof LiveEventMap]: { event: K; seq?: number } & LiveEventMap[K];
}[keyof LiveEventMap];

/** What `init` and `initreg` answer with. */
export interface LiveReplyMap {
  init: LiveConference[];
  initreg: LiveRegistration[];
}

/** A reply's fields; `seq`, when present, is the last delta the snapshot includes. */
export type LiveReplyBody = {
  [R in keyof LiveReplyMap]: { reply: R; data: LiveReplyMap[R]; seq?: number };
}[keyof LiveReplyMap];

/**
 * Every message the server sends on the live WebSocket, by its `event` name: the fields beside `event`.
 * The server writes nothing that is not in this map.
 */
export interface ClientEventMap extends LiveEventMap {
  reply: LiveReplyBody;
  error: { error: string };
}

/** A message of the named kinds as it goes over the wire (without the `seq` of deltas). */
export type ClientMessage<K extends keyof ClientEventMap = keyof ClientEventMap> = {
  [P in K]: { event: P } & ClientEventMap[P];
}[K];

export type LiveReply = ClientMessage<'reply'>;

export type LiveError = ClientMessage<'error'>;

/** Every message the server sends on the live WebSocket. */
export type LiveMessage = LiveDelta | LiveReply | LiveError;
