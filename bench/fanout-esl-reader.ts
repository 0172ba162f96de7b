import type { Socket } from 'node:net';

const BLANK_LINE = Buffer.from('\n\n');

export interface EslFrame {
  headers: Record<string, string>;
  body: Buffer;
}

/** Cuts an Event Socket byte stream into frames: header lines, a blank line, Content-Length bytes of body. */
export function readEslFrames(socket: Socket, onFrame: (frame: EslFrame) => void): void {
  let pending: Buffer = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    let offset = 0;
    for (;;) {
      const end = pending.indexOf(BLANK_LINE, offset);
      if (end < 0) break;
      const headers = headerLines(pending.toString('latin1', offset, end), (value) => value);
      const length = Number(headers['Content-Length'] ?? '0');
      const bodyStart = end + BLANK_LINE.length;
      if (pending.length < bodyStart + length) break;
      onFrame({ headers, body: pending.subarray(bodyStart, bodyStart + length) });
      offset = bodyStart + length;
    }
    pending = pending.subarray(offset);
  });
}

/** The `Name: value` lines of a plain event body, values URL-decoded, only the names asked for. */
export function plainEventHeaders(body: Buffer, names: ReadonlySet<string>): Record<string, string> {
  return headerLines(body.toString('utf8'), decodeURIComponent, names);
}

function headerLines(
  text: string,
  decode: (value: string) => string,
  names?: ReadonlySet<string>,
): Record<string, string> {
  const headers: Record<string, string> = {};
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const colon = text.indexOf(': ', start);
    if (colon > start && colon < end) {
      const name = text.slice(start, colon);
      if (names === undefined || names.has(name)) headers[name] = decode(text.slice(colon + 2, end));
    }
    if (end === start) break;
    start = end + 1;
  }
  return headers;
}
