import { CONFERENCE_CALLS, MEMBER_CALLS, type LiveRequest } from '@fscon/contracts';

/** The error frame's fields for a frame that is not a request. */
export type LiveRequestError =
  | { error: 'wrong format'; code: 'LIVE.WRONG_FORMAT' }
  | { error: 'wrong protocol'; code: 'LIVE.WRONG_PROTOCOL' };

export type ParsedLiveRequest = { request: LiveRequest } | LiveRequestError;

/** A conference name as FreeSWITCH could know it: no spaces or control characters, not empty. */
const CONFERENCE = /^[^\s\p{Cc}]{1,256}$/u;
/** An invitation's target as it may travel in a request: no spaces or control characters, not empty. */
const TARGET = /^[^\s\p{Cc}]{1,256}$/u;
/** A FreeSWITCH member id. */
const MEMBER = /^\d{1,10}$/;

export const WRONG_FORMAT = { error: 'wrong format', code: 'LIVE.WRONG_FORMAT' } as const;
const WRONG_PROTOCOL = { error: 'wrong protocol', code: 'LIVE.WRONG_PROTOCOL' } as const;

/**
 * A client's text frame as a request of the live protocol: `wrong format` when it is not JSON,
 * `wrong protocol` when it is not a request with every field of the right shape (an unknown call, a
 * malformed conference name or member id included). Fields beyond the protocol's are ignored.
 */
export function parseLiveRequest(text: string): ParsedLiveRequest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return WRONG_FORMAT;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return WRONG_PROTOCOL;
  const fields = json as Record<string, unknown>;
  switch (fields.req) {
    case 'init':
      return initRequest(fields.since, fields.epoch);
    case 'initreg':
      return { request: { req: 'initreg' } };
    case 'exec': {
      const { conference, call, target } = fields;
      if (!isConference(conference) || !oneOf(CONFERENCE_CALLS, call)) return WRONG_PROTOCOL;
      if (call !== 'invite') return { request: { req: 'exec', conference, call } };
      if (!isTarget(target)) return WRONG_PROTOCOL;
      return { request: { req: 'exec', conference, call, target } };
    }
    case 'memexec': {
      const { conference, call } = fields;
      const member = memberId(fields.member);
      if (!isConference(conference) || !oneOf(MEMBER_CALLS, call) || member === undefined)
        return WRONG_PROTOCOL;
      return { request: { req: 'memexec', conference, call, member } };
    }
    default:
      return WRONG_PROTOCOL;
  }
}

function initRequest(since: unknown, epoch: unknown): ParsedLiveRequest {
  if (since === undefined) return { request: { req: 'init' } };
  if (typeof since !== 'number' || !Number.isSafeInteger(since) || since < 0) return WRONG_PROTOCOL;
  if (epoch === undefined) return { request: { req: 'init', since } };
  if (typeof epoch !== 'string') return WRONG_PROTOCOL;
  return { request: { req: 'init', since, epoch } };
}

function isConference(value: unknown): value is string {
  return typeof value === 'string' && CONFERENCE.test(value);
}

/** An invitation's target: checked further by the invitation, only its size and characters here. */
function isTarget(value: unknown): value is string {
  return typeof value === 'string' && TARGET.test(value);
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

/** The member id (`confid`) as a string of digits; a whole number is taken too. */
function memberId(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  return typeof value === 'string' && MEMBER.test(value) ? value : undefined;
}
