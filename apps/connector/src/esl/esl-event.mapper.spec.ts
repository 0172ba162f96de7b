import { Parser, type Event as ModeslEvent } from 'modesl';
import { PassThrough } from 'stream';
import { parseJsonEvent, toEslEvent } from './esl-event.mapper';
import { FrameGuard, EslProtocolError } from './frame-guard';
import { capturedFrames } from './test-support/captured-frames';

/** What modesl's own Parser makes of a frame, mapped as the plain and XML events are. */
function throughModesl(frame: Buffer): ReturnType<typeof toEslEvent> {
  const parser = new Parser(new PassThrough());
  let parsed: ModeslEvent | undefined;
  parser.on('esl::event', (event: ModeslEvent) => (parsed = event));
  parser._onData(frame);
  return parsed && toEslEvent(parsed);
}

const jsonEventFrames = ['conference', 'dtmf', 'registration', 'startup'].flatMap((scenario) =>
  new FrameGuard()
    .push(Buffer.concat(capturedFrames(scenario, `${scenario}.json`).map((frame) => frame.bytes)))
    .filter((frame) => frame.contentType === 'text/event-json'),
);

describe('parseJsonEvent', () => {
  it('reads every captured JSON event exactly as modesl does', () => {
    expect(jsonEventFrames.length).toBeGreaterThan(20);
    for (const frame of jsonEventFrames) {
      expect(parseJsonEvent(frame.body)).toEqual(throughModesl(frame.bytes));
    }
  });

  it('gives an event with Content-Length its _body, and keeps _body out of the headers', () => {
    const event = parseJsonEvent(
      Buffer.from(
        JSON.stringify({
          'Event-Name': 'BACKGROUND_JOB',
          'Job-UUID': 'j1',
          'Content-Length': '4',
          _body: '+OK\n',
        }),
      ),
    );

    expect(event).toEqual({
      name: 'BACKGROUND_JOB',
      headers: { 'Event-Name': 'BACKGROUND_JOB', 'Job-UUID': 'j1', 'Content-Length': '4' },
      body: '+OK\n',
    });
  });

  it('writes an array header in the plain form', () => {
    const event = parseJsonEvent(
      Buffer.from('{"Event-Name":"CUSTOM","Event-Subclass":"x::y","Codecs":["a","b"]}'),
    );

    expect(event.headers['Codecs']).toBe('ARRAY::a|:b');
    expect(event.subclass).toBe('x::y');
  });

  it.each([
    ['not JSON', '{"Event-Name":', 'not JSON'],
    ['not an object', '["Event-Name"]', 'not an object'],
    ['null', 'null', 'not an object'],
    ['without Event-Name', '{"Event-Subclass":"x"}', 'without Event-Name'],
  ])('refuses a body that is %s', (_, body, message) => {
    expect(() => parseJsonEvent(Buffer.from(body))).toThrow(EslProtocolError);
    expect(() => parseJsonEvent(Buffer.from(body))).toThrow(message);
  });
});
