import { textFrame } from './websocket-frame';

const payload = (length: number) => 'x'.repeat(length);

describe('textFrame', () => {
  it('writes a short payload behind FIN+text and its 7-bit length, unmasked', () => {
    const frame = textFrame('{"a":1}');
    expect([...frame.subarray(0, 2)]).toEqual([0x81, 7]);
    expect(frame.subarray(2).toString()).toBe('{"a":1}');
    expect([...textFrame(payload(125)).subarray(0, 2)]).toEqual([0x81, 125]);
  });

  it('gives payloads of 126 to 65535 bytes a 16-bit length', () => {
    for (const length of [126, 65535]) {
      const frame = textFrame(payload(length));
      expect(frame[1]).toBe(126);
      expect(frame.readUInt16BE(2)).toBe(length);
      expect(frame.length).toBe(4 + length);
    }
  });

  it('gives longer payloads a 64-bit length', () => {
    const frame = textFrame(payload(65536));
    expect(frame[1]).toBe(127);
    expect(frame.readBigUInt64BE(2)).toBe(65536n);
    expect(frame.subarray(10).toString()).toBe(payload(65536));
  });

  it('counts the length in UTF-8 bytes, not in characters', () => {
    const frame = textFrame('{"name":"Zoë 🎧"}');
    expect(frame[1]).toBe(Buffer.byteLength('{"name":"Zoë 🎧"}'));
    expect(frame.subarray(2).toString('utf8')).toBe('{"name":"Zoë 🎧"}');
  });
});
