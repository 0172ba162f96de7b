import type { Event as ModeslEvent } from 'modesl';
import type { EslEvent } from './event-socket.port';
import { EslProtocolError } from './frame-guard';

/**
 * Turns a modesl event (plain or XML) into an EslEvent. modesl has already decoded plain values
 * (URL-encoded on the wire); the body is the inner Content-Length bytes. Returns undefined for an
 * event without Event-Name.
 */
export function toEslEvent(event: ModeslEvent): EslEvent | undefined {
  const headers: Record<string, string> = {};
  for (const { name, value } of event.headers) {
    headers[name] = headerValue(value);
  }
  return eslEvent(headers, event.body);
}

/**
 * The body of a `text/event-json` frame as an EslEvent, without modesl: JSON values are not encoded,
 * and the event's own body is its `_body` member. Throws EslProtocolError for a body that is not a JSON
 * object with an Event-Name.
 */
export function parseJsonEvent(body: Buffer): EslEvent {
  let data: unknown;
  try {
    data = JSON.parse(body.toString('utf8'));
  } catch {
    throw new EslProtocolError('a JSON event that is not JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new EslProtocolError('a JSON event that is not an object');
  }
  // The parsed object becomes the header record in place: copying its ~80 members into a new object
  // took twice as long as parsing it.
  const headers = data as Record<string, unknown>;
  const eventBody = typeof headers['_body'] === 'string' ? headers['_body'] : '';
  delete headers['_body'];
  for (const name in headers) {
    const value = headers[name];
    if (typeof value !== 'string') headers[name] = headerValue(value);
  }
  const event = eslEvent(headers as Record<string, string>, eventBody);
  if (!event) {
    throw new EslProtocolError('an event without Event-Name');
  }
  return event;
}

function eslEvent(headers: Record<string, string>, body: string): EslEvent | undefined {
  const name = headers['Event-Name'];
  if (!name) {
    return undefined;
  }
  const subclass = headers['Event-Subclass'];
  return {
    name,
    ...(subclass !== undefined && { subclass }),
    headers,
    ...('Content-Length' in headers && { body }),
  };
}

/** FreeSWITCH writes an array header as `ARRAY::a|:b` in plain and as a JSON array in JSON; both give the plain form. */
function headerValue(value: unknown): string {
  if (Array.isArray(value)) {
    return `ARRAY::${value.map(headerValue).join('|:')}`;
  }
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
