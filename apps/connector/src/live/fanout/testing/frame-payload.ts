/** The JSON message inside a frame built by textFrame (specs read what a socket was handed). */
export function messageOf(frame: Buffer): Record<string, unknown> {
  const length = frame[1]! & 0x7f;
  const start = length < 126 ? 2 : length === 126 ? 4 : 10;
  return JSON.parse(frame.subarray(start).toString('utf8')) as Record<string, unknown>;
}
