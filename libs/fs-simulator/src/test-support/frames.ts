/** One frame of Event Socket traffic: a header block and, after a Content-Length header, a body. */
export interface Frame {
  offset: number;
  head: string;
  body: Buffer;
  contentType: string;
}

export const isEvent = (frame: Frame): boolean => frame.contentType.startsWith('text/event-');

/** Splits received bytes into frames; bytes of an incomplete last frame are left out. */
export function splitFrames(bytes: Buffer): Frame[] {
  const frames: Frame[] = [];
  let offset = 0;
  for (;;) {
    const end = bytes.indexOf('\n\n', offset);
    if (end < 0) return frames;
    const head = bytes.subarray(offset, end + 2).toString('utf8');
    const length = Number(/^Content-Length: (\d+)$/m.exec(head)?.[1] ?? 0);
    if (end + 2 + length > bytes.length) return frames;
    const body = bytes.subarray(end + 2, end + 2 + length);
    frames.push({ offset, head, body, contentType: /^Content-Type: (.*)$/m.exec(head)?.[1] ?? '' });
    offset = end + 2 + length;
  }
}
