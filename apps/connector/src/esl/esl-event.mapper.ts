import type { Event as ModeslEvent } from 'modesl';
import type { EslEvent } from './event-socket.port';

/**
 * Turns a modesl event into an EslEvent. modesl has already decoded plain values (URL-encoded on the
 * wire) and parsed JSON ones (not encoded); the body is the event's own (`_body` in JSON, the inner
 * Content-Length bytes in plain). FreeSWITCH writes an array header as `ARRAY::a|:b` in plain and as a
 * JSON array in json; both come out as the plain form. Returns undefined for an event without Event-Name.
 */
export function toEslEvent(event: ModeslEvent): EslEvent | undefined {
  const headers: Record<string, string> = {};
  for (const { name, value } of event.headers) {
    headers[name] = headerValue(value);
  }
  const name = headers['Event-Name'];
  if (!name) {
    return undefined;
  }
  const subclass = headers['Event-Subclass'];
  return {
    name,
    ...(subclass !== undefined && { subclass }),
    headers,
    ...('Content-Length' in headers && { body: event.body }),
  };
}

function headerValue(value: unknown): string {
  if (Array.isArray(value)) {
    return `ARRAY::${value.map(headerValue).join('|:')}`;
  }
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
