import {
  CONTEXT_SCHEMA,
  LIVE_CONFERENCE_SCHEMA,
  LIVE_ERROR_SCHEMA,
  LIVE_EVENT_SCHEMAS,
  LIVE_MEMBER_SCHEMA,
  LIVE_RECORDING_SCHEMA,
  LIVE_REGISTRATION_SCHEMA,
  LIVE_REPLY_SCHEMAS,
  LIVE_REQUEST_SCHEMAS,
  NO_MEMBER_SCHEMA,
  SEQ_SCHEMA,
} from '@fscon/contracts';
import type { ApiDocument } from '../api-document';
import { withNamedSchemas } from '../openapi/named-schemas';

interface ObjectSchema {
  properties: Record<string, unknown>;
  required: readonly string[];
}

const NAMED = {
  Context: CONTEXT_SCHEMA,
  LiveMember: LIVE_MEMBER_SCHEMA,
  NoMember: NO_MEMBER_SCHEMA,
  LiveRecording: LIVE_RECORDING_SCHEMA,
  LiveConference: LIVE_CONFERENCE_SCHEMA,
  LiveRegistration: LIVE_REGISTRATION_SCHEMA,
};

/** A server message: `event` first, then the fields of its kind. */
function eventPayload(event: string, fields: ObjectSchema, extra: Record<string, unknown> = {}) {
  return {
    type: 'object',
    properties: { event: { const: event }, ...extra, ...fields.properties },
    required: ['event', ...fields.required],
    additionalProperties: false,
  };
}

function message(name: string, summary: string, payload: object) {
  return { name, summary, contentType: 'application/json', payload };
}

const REQUESTS = Object.fromEntries(
  Object.entries(LIVE_REQUEST_SCHEMAS).map(([req, schema]) => [
    `request.${req}`,
    message(req, `{"req":"${req}"}`, schema),
  ]),
);
const DELTAS = Object.fromEntries(
  Object.entries(LIVE_EVENT_SCHEMAS).map(([event, fields]) => [
    `delta.${event}`,
    message(event, `the ${event} delta`, eventPayload(event, fields, { seq: SEQ_SCHEMA })),
  ]),
);
const REPLIES = Object.fromEntries(
  Object.entries(LIVE_REPLY_SCHEMAS).map(([reply, fields]) => [
    `reply.${reply}`,
    message(`reply ${reply}`, `the answer to {"req":"${reply}"}`, eventPayload('reply', fields)),
  ]),
);
const ERRORS = {
  error: message('error', 'a refused or failed request', eventPayload('error', LIVE_ERROR_SCHEMA)),
};

const refs = (messages: object) =>
  Object.keys(messages).map((name) => ({ $ref: `#/channels/live/messages/${name}` }));

const DESCRIPTION = [
  'The live WebSocket of the fscon connector: a snapshot of the running conferences and SIP registrations',
  'on request, then the deltas that follow, filtered by the context of the user who logged in.',
  'Generated from libs/contracts, whose schemas the server and the web client share;',
  'docs/live-protocol.md in the repository is the prose guide.',
].join(' ');

/** The AsyncAPI 3 document of `/api/live`, from the schemas in libs/contracts. */
export function buildAsyncApi(): ApiDocument {
  const messages = { ...REQUESTS, ...DELTAS, ...REPLIES, ...ERRORS };
  const { tree, schemas } = withNamedSchemas(messages, NAMED, (name) => `#/components/schemas/${name}`);
  return {
    asyncapi: '3.1.0',
    info: { title: 'fscon connector live WebSocket', version: '1.0.0', description: DESCRIPTION },
    defaultContentType: 'application/json',
    servers: {
      connector: {
        host: '{host}',
        protocol: 'wss',
        description: 'the connector (ws:// where it serves plain HTTP)',
        variables: { host: { default: 'localhost', description: 'CONHOSTNAME, with the port of FASTIPORT' } },
        security: [
          { $ref: '#/components/securitySchemes/token' },
          { $ref: '#/components/securitySchemes/login' },
        ],
      },
    },
    channels: {
      live: {
        address: '/api/live',
        title: 'the live state',
        description:
          'UTF-8 JSON text frames. The server pings every 30 s and closes a socket that did not answer the previous ping. Wrong or missing credentials refuse the upgrade with 401; a spent login budget with 429 and Retry-After.',
        messages: Object.fromEntries(
          Object.keys(tree).map((name) => [name, { $ref: `#/components/messages/${name}` }]),
        ),
      },
    },
    operations: {
      receiveRequests: {
        action: 'receive',
        channel: { $ref: '#/channels/live' },
        summary:
          'requests of the client; exec and memexec only for team and friends, on conferences their context sees',
        messages: refs(REQUESTS),
      },
      sendDeltas: {
        action: 'send',
        channel: { $ref: '#/channels/live' },
        summary: 'changes, each with its seq, in order, to every socket whose context may see them',
        messages: refs(DELTAS),
      },
      sendReplies: {
        action: 'send',
        channel: { $ref: '#/channels/live' },
        summary: 'snapshots answering init and initreg',
        messages: refs(REPLIES),
      },
      sendErrors: {
        action: 'send',
        channel: { $ref: '#/channels/live' },
        summary:
          "`wrong format` (not JSON), `wrong protocol` (unknown request), a refusal or FreeSWITCH's message",
        messages: refs(ERRORS),
      },
    },
    components: {
      schemas,
      messages: tree,
      securitySchemes: {
        token: {
          type: 'httpApiKey',
          in: 'query',
          name: 'token',
          description: 'a single-use token of GET /session/live-token, valid 30 s',
        },
        login: {
          type: 'httpApiKey',
          in: 'query',
          name: 'login',
          description: '`<name>:<password>` of the directory (the original form, kept working)',
        },
      },
    },
  };
}
