import type { FromSchema } from 'json-schema-to-ts';
import { closedObject } from './closed-object';

/** The three user contexts of the system; each has a user number range and a conference number range. */
export const CONTEXTS = ['team', 'friends', 'public'] as const;
export type Context = (typeof CONTEXTS)[number];

export function isContext(value: string): value is Context {
  return (CONTEXTS as readonly string[]).includes(value);
}

export const CONTEXT_SCHEMA = { type: 'string', enum: CONTEXTS } as const;

/** A user of FreeSWITCH's directory, as the REST API shows it. */
export const USER_SCHEMA = closedObject(
  {
    id: { type: 'string', description: 'SIP user and extension number', examples: ['20000'] },
    password: { type: 'string' },
    conpin: { type: 'string', description: 'conference pin, as FreeSWITCH expands it', examples: ['2357'] },
    context: CONTEXT_SCHEMA,
    name: { type: 'string', description: 'the login name', examples: ['defaultuser'] },
    email: { type: 'string' },
    polymac: { type: 'string', description: 'Polycom MAC (12 lower-case hex digits) or `none`' },
  },
  "A user of FreeSWITCH's directory.",
);
export type User = FromSchema<typeof USER_SCHEMA>;

/** A conference extension of FreeSWITCH's dialplan. */
export const CONFERENCE_SCHEMA = closedObject(
  {
    num: { type: 'string', examples: ['30000'] },
    name: { type: 'string', examples: ['team_g722'] },
    type: { type: 'string', description: 'the conference profile', examples: ['16kHz-novideo'] },
    context: CONTEXT_SCHEMA,
  },
  "A conference extension of FreeSWITCH's dialplan.",
);
export type Conference = FromSchema<typeof CONFERENCE_SCHEMA>;

/** Every `name=value` line of `global_getvar`. */
export const GLOBALS_SCHEMA = {
  type: 'object',
  description: 'Every `name=value` line of `global_getvar`.',
  additionalProperties: { type: 'string' },
} as const;
export type Globals = FromSchema<typeof GLOBALS_SCHEMA>;

export const XML_STATE_INFO_SCHEMA = closedObject(
  {
    reloadxml: closedObject({ lastrun: { type: 'string' }, lastmsg: { type: 'string' } }),
    maintainance: closedObject({ lastrun: { type: 'string' } }),
  },
  'When FreeSWITCH last reloaded its XML and when a maintenance last ran (sic).',
);
export type XmlStateInfo = FromSchema<typeof XML_STATE_INFO_SCHEMA>;

/** FreeSWITCH's parsed configuration as the connector holds it. */
export const XML_STATE_SCHEMA = closedObject(
  {
    info: XML_STATE_INFO_SCHEMA,
    globals: GLOBALS_SCHEMA,
    users: { type: 'array', items: USER_SCHEMA },
    conferences: { type: 'array', items: CONFERENCE_SCHEMA },
    conferencetypes: { type: 'array', items: { type: 'string' } },
  },
  "FreeSWITCH's parsed configuration as the connector holds it.",
);
export type XmlState = FromSchema<typeof XML_STATE_SCHEMA>;
