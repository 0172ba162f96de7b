/**
 * The bytes of a final, unmasked WebSocket text frame around a text, encoded as UTF-8 (RFC 6455 5.2):
 * what a server sends. A server's frames are not masked, so the bytes are the same for every connection
 * and can be built once per delta and written to each socket as they are. The text is encoded straight
 * into the frame, with no intermediate buffer.
 */
export function textFrame(text: string): Buffer {
  const length = Buffer.byteLength(text, 'utf8');
  const headerLength = length < 126 ? 2 : length <= 0xffff ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerLength + length);
  frame[0] = 0x81;
  if (length < 126) {
    frame[1] = length;
  } else if (length <= 0xffff) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  frame.write(text, headerLength, 'utf8');
  return frame;
}
