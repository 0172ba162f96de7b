/** Where a frame built by textFrame starts its payload, and how long the payload is. */
function frameHeader(bytes: Buffer, offset: number): { headerLength: number; payloadLength: number } {
  const short = bytes[offset + 1]! & 0x7f;
  if (short < 126) return { headerLength: 2, payloadLength: short };
  if (short === 126) return { headerLength: 4, payloadLength: bytes.readUInt16BE(offset + 2) };
  return { headerLength: 10, payloadLength: Number(bytes.readBigUInt64BE(offset + 2)) };
}

/** The JSON message inside a frame built by textFrame (specs read what a socket was handed). */
export function messageOf(frame: Buffer): Record<string, unknown> {
  const { headerLength, payloadLength } = frameHeader(frame, 0);
  return JSON.parse(frame.toString('utf8', headerLength, headerLength + payloadLength)) as Record<
    string,
    unknown
  >;
}

/** The frames in bytes written to a connection, each as built by textFrame. */
export function splitFrames(bytes: Buffer): Buffer[] {
  const frames: Buffer[] = [];
  for (let offset = 0; offset < bytes.length;) {
    const { headerLength, payloadLength } = frameHeader(bytes, offset);
    frames.push(bytes.subarray(offset, offset + headerLength + payloadLength));
    offset += headerLength + payloadLength;
  }
  return frames;
}
