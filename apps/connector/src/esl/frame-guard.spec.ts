import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { EslProtocolError, FrameGuard, type GuardedFrame } from './frame-guard';
import { CAPTURES_DIR, capturedFrames } from './test-support/captured-frames';

const raw = readFileSync(join(CAPTURES_DIR, 'startup/startup.plain.raw'));
const expectedFrames = capturedFrames('startup', 'startup.plain').map((frame) => frame.bytes);
const asText = (frames: readonly (Buffer | GuardedFrame)[]): string[] =>
  frames.map((frame) => ('bytes' in frame ? frame.bytes : frame).toString('latin1'));

function cut(bytes: Buffer, sizes: number[]): Buffer[] {
  const chunks: Buffer[] = [];
  let offset = 0;
  for (let i = 0; offset < bytes.length; i += 1) {
    const size = sizes.length > 0 ? sizes[i % sizes.length] : bytes.length;
    chunks.push(bytes.subarray(offset, offset + size));
    offset += size;
  }
  return chunks;
}

describe('FrameGuard', () => {
  it('cuts a whole captured session into exactly the frames FreeSWITCH sent', () => {
    const frames = new FrameGuard().push(raw);

    expect(asText(frames)).toEqual(asText(expectedFrames));
    expect(frames.map((frame) => frame.contentType)).toEqual(
      capturedFrames('startup', 'startup.plain').map((frame) => frame.contentType),
    );
  });

  it('gives the same frames however the bytes are split into chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4096 }), { maxLength: 8 }), (sizes) => {
        const guard = new FrameGuard();
        const frames = cut(raw, sizes).flatMap((chunk) => guard.push(chunk));
        expect(asText(frames)).toEqual(asText(expectedFrames));
      }),
      { numRuns: 50 },
    );
  });

  it('waits for the rest of a frame without complaint', () => {
    const guard = new FrameGuard();
    const frame = expectedFrames[3];

    expect(guard.push(frame.subarray(0, 40))).toEqual([]);
    expect(asText(guard.push(frame.subarray(40)))).toEqual(asText([frame]));
  });

  it('gives each frame its Content-Type and its body', () => {
    const bytes = Buffer.from(
      'Content-Type: text/event-json\nContent-Length: 2\n\n{}Content-Type: auth/request\n\n',
    );

    const frames = new FrameGuard().push(bytes);

    expect(frames.map(({ contentType, body }) => [contentType, body.toString()])).toEqual([
      ['text/event-json', '{}'],
      ['auth/request', ''],
    ]);
  });

  it.each([
    ['a line that is not a header', 'hello\n\n'],
    ['a header block without Content-Type', 'Reply-Text: +OK\n\n'],
    ['a Content-Type that is not a type', 'Content-Type: \u0000\u0001\n\n'],
    ['a negative Content-Length', 'Content-Type: api/response\nContent-Length: -5\n\n'],
    ['a Content-Length that is not decimal', 'Content-Type: api/response\nContent-Length: 0x10\n\n'],
    ['a header without the space modesl splits on', 'Content-Type:api/response\n\n'],
    ['an empty header block', '\n\n'],
  ])('rejects %s', (_, bytes) => {
    expect(() => new FrameGuard().push(Buffer.from(bytes, 'latin1'))).toThrow(EslProtocolError);
  });

  it('rejects a body larger than the limit as soon as its header arrives', () => {
    const guard = new FrameGuard({ maxHeaderBytes: 1024, maxBodyBytes: 100 });

    expect(() => guard.push(Buffer.from('Content-Type: api/response\nContent-Length: 101\n\n'))).toThrow(
      'bad Content-Length "101"',
    );
  });

  it('rejects a header block that does not end within the limit', () => {
    const guard = new FrameGuard({ maxHeaderBytes: 64, maxBodyBytes: 100 });

    expect(guard.push(Buffer.from('Content-Type: api/response\n'))).toEqual([]);
    expect(() => guard.push(Buffer.alloc(64, 'a'))).toThrow('no end of headers within 64 bytes');
  });
});
