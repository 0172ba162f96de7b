import type { FromSchema } from 'json-schema-to-ts';
import { closedObject } from './closed-object';
import { CONTEXT_SCHEMA } from './xml-state';

const TIME = { type: 'string', format: 'date-time' } as const;
const TIME_OR_NULL = { anyOf: [TIME, { type: 'null' }] } as const;
const COUNT = { type: 'integer', minimum: 0 } as const;
const SECONDS_OR_NULL = {
  description: 'whole seconds; null while it has not ended',
  anyOf: [COUNT, { type: 'null' }],
} as const;

/** One run of a conference, from its first member joining to its end. */
export const CONFERENCE_SESSION_SCHEMA = closedObject({
  session: { type: 'string', description: 'the id of this run, stable across restarts and replays' },
  conference: { type: 'string', description: 'FreeSWITCH’s conference name, e.g. 3001-example.org' },
  num: { type: 'string', description: 'the conference number, empty when it matched no configured one' },
  context: { anyOf: [CONTEXT_SCHEMA, { type: 'null' }] },
  startedAt: TIME,
  endedAt: TIME_OR_NULL,
  durationSeconds: SECONDS_OR_NULL,
  peakMembers: COUNT,
  participants: { ...COUNT, description: 'how many times somebody joined' },
  recordings: COUNT,
});
export type ConferenceSession = FromSchema<typeof CONFERENCE_SESSION_SCHEMA>;

export const SESSION_PARTICIPANT_SCHEMA = closedObject({
  name: { type: 'string' },
  number: { type: 'string', description: 'the caller id number' },
  user: { anyOf: [{ type: 'string' }, { type: 'null' }], description: 'the directory user id, if known' },
  joinedAt: TIME,
  leftAt: TIME_OR_NULL,
  durationSeconds: SECONDS_OR_NULL,
  talkSeconds: {
    type: 'number',
    minimum: 0,
    description:
      'seconds talked, to a tenth: the sum of its talking spans, each from talking to stoptalking, mute, leave or the conference’s end; a span still open is not counted yet',
  },
});
export type SessionParticipant = FromSchema<typeof SESSION_PARTICIPANT_SCHEMA>;

export const SESSION_RECORDING_SCHEMA = closedObject({
  file: { type: 'string' },
  startedAt: TIME,
  stoppedAt: TIME_OR_NULL,
});
export type SessionRecording = FromSchema<typeof SESSION_RECORDING_SCHEMA>;

export const TIMELINE_ITEM_SCHEMA = closedObject({
  seq: { ...COUNT, description: 'the journal entry it comes from' },
  at: TIME,
  kind: { type: 'string', description: 'the journal’s kind, e.g. member.joined' },
  text: { type: 'string', description: 'what happened, in a sentence' },
});
export type TimelineItem = FromSchema<typeof TIMELINE_ITEM_SCHEMA>;

export const CONFERENCE_SESSION_DETAIL_SCHEMA = closedObject({
  ...CONFERENCE_SESSION_SCHEMA.properties,
  members: { type: 'array', items: SESSION_PARTICIPANT_SCHEMA },
  recordingFiles: { type: 'array', items: SESSION_RECORDING_SCHEMA },
  timeline: { type: 'array', items: TIMELINE_ITEM_SCHEMA },
});
export type ConferenceSessionDetail = FromSchema<typeof CONFERENCE_SESSION_DETAIL_SCHEMA>;

const PAGE = {
  page: { type: 'integer', minimum: 1 },
  pageSize: { type: 'integer', minimum: 1 },
  total: COUNT,
} as const;

/** GET /api/history/conferences and /fr/history/conferences: newest first. */
export const HISTORY_PAGE_SCHEMA = closedObject({
  op: { const: 'history/conferences' },
  ...PAGE,
  sessions: { type: 'array', items: CONFERENCE_SESSION_SCHEMA },
});
export type HistoryPage = FromSchema<typeof HISTORY_PAGE_SCHEMA>;

/** GET /api/history/conferences/:session and /fr/history/conferences/:session. */
export const HISTORY_SESSION_RESPONSE_SCHEMA = closedObject({
  op: { const: 'history/conference' },
  session: CONFERENCE_SESSION_DETAIL_SCHEMA,
});
export type HistorySessionResponse = FromSchema<typeof HISTORY_SESSION_RESPONSE_SCHEMA>;

/** The journal's kinds the audit log shows: admin writes, refused writes, configuration store and restore. */
export const AUDIT_KINDS = [
  'user.added',
  'user.changed',
  'user.deleted',
  'conference.added',
  'conference.changed',
  'conference.deleted',
  'users.rebuilt',
  'write.refused',
  'config.stored',
  'config.restored',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/** Who did it: a team user by login name, or the connector itself. */
export const AUDIT_ENTRY_SCHEMA = closedObject({
  seq: COUNT,
  at: TIME,
  actor: { type: 'string' },
  kind: {
    type: 'string',
    description: 'e.g. user.added, conference.deleted, write.refused, config.restored',
  },
  subject: { type: 'string', description: 'the user id or conference number concerned; empty when none' },
  before: { description: 'the object before, secrets left out; null when it did not exist' },
  after: { description: 'the object after, secrets left out; null when it no longer exists' },
  error: {
    anyOf: [{ type: 'string' }, { type: 'null' }],
    description: 'for a refused write: FreeSWITCH’s message',
  },
});
export type AuditEntry = FromSchema<typeof AUDIT_ENTRY_SCHEMA>;

/** GET /api/audit: newest first. */
export const AUDIT_PAGE_SCHEMA = closedObject({
  op: { const: 'audit' },
  ...PAGE,
  entries: { type: 'array', items: AUDIT_ENTRY_SCHEMA },
});
export type AuditPage = FromSchema<typeof AUDIT_PAGE_SCHEMA>;
