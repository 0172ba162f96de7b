import type { EslEventRecord } from '../model/esl-event-record';

/** One frame of an Event Socket capture: its outer headers and body bytes, and where it starts. */
export interface CaptureFrame {
  offset: number;
  headers: Record<string, string>;
  body: Buffer;
}

const BLANK_LINE = Buffer.from('\n\n');

/**
 * The frames `bytes` holds in full, as they arrive on an Event Socket: header lines, a blank line,
 * then exactly Content-Length bytes of body when that header is there (the next frame follows the
 * body's last byte directly). `complete` is where the first frame not yet in full starts.
 */
export function readCompleteFrames(bytes: Buffer): { frames: CaptureFrame[]; complete: number } {
  const frames: CaptureFrame[] = [];
  let offset = 0;
  for (;;) {
    const end = bytes.indexOf(BLANK_LINE, offset);
    if (end < 0) return { frames, complete: offset };
    const headers = headerLines(bytes.subarray(offset, end).toString('utf8'), (v) => v);
    const bodyStart = end + BLANK_LINE.length;
    const bodyEnd = bodyStart + Number(headers['Content-Length'] ?? '0');
    if (bodyEnd > bytes.length) return { frames, complete: offset };
    frames.push({ offset, headers, body: bytes.subarray(bodyStart, bodyEnd) });
    offset = bodyEnd;
  }
}

/** Cuts a whole `.raw` capture into frames (see readCompleteFrames). */
export function readCaptureFrames(raw: Buffer): CaptureFrame[] {
  const { frames, complete } = readCompleteFrames(raw);
  if (complete < raw.length) throw new Error(`incomplete frame at @${complete}`);
  return frames;
}

/** The event a text/event-plain or text/event-json frame carries, as the connector's adapter gives it. */
export function eventOfFrame(frame: CaptureFrame): EslEventRecord | undefined {
  switch (frame.headers['Content-Type']) {
    case 'text/event-plain':
      return plainEvent(frame.body);
    case 'text/event-json':
      return jsonEvent(frame.body.toString('utf8'));
    default:
      return undefined;
  }
}

/** Plain: `Name: value` lines with URL-encoded values; an inner Content-Length announces a body. */
function plainEvent(body: Buffer): EslEventRecord | undefined {
  const end = body.indexOf(BLANK_LINE);
  const headerText = body.subarray(0, end < 0 ? body.length : end).toString('utf8');
  const headers = headerLines(headerText, decodeValue);
  const length = headers['Content-Length'];
  const eventBody =
    length === undefined || end < 0
      ? undefined
      : body.subarray(end + BLANK_LINE.length, end + BLANK_LINE.length + Number(length)).toString('utf8');
  return toRecord(headers, eventBody);
}

/** JSON: every value a string, not encoded, the body in `_body`; a repeated key keeps its last value. */
function jsonEvent(text: string): EslEventRecord | undefined {
  const parsed = JSON.parse(text) as Record<string, unknown>;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(parsed)) {
    if (name !== '_body') headers[name] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  const body = typeof parsed._body === 'string' ? parsed._body : undefined;
  return toRecord(headers, body);
}

function toRecord(headers: Record<string, string>, body: string | undefined): EslEventRecord | undefined {
  const name = headers['Event-Name'];
  if (name === undefined) return undefined;
  const subclass = headers['Event-Subclass'];
  return { name, ...(subclass !== undefined && { subclass }), headers, ...(body !== undefined && { body }) };
}

function headerLines(text: string, decode: (value: string) => string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const colon = line.indexOf(': ');
    if (colon > 0) headers[line.slice(0, colon)] = decode(line.slice(colon + 2));
  }
  return headers;
}

function decodeValue(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Every event of a capture, in order. */
export function captureEvents(raw: Buffer): EslEventRecord[] {
  return readCaptureFrames(raw).flatMap((frame) => eventOfFrame(frame) ?? []);
}
