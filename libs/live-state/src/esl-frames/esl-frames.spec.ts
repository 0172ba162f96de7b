import { readFileSync } from 'fs';
import { eventOfFrame, readCaptureFrames, readCompleteFrames } from './esl-frames';
import { captureSession } from '../test-support/capture-session';
import { capturePath } from '../test-support/fixtures';

function capture(scenario: string, format: 'plain' | 'json') {
  return {
    raw: readFileSync(capturePath(scenario, format)),
    log: readFileSync(capturePath(scenario, format, 'log'), 'utf8'),
  };
}

describe('capture frame reader', () => {
  it.each(['plain', 'json'] as const)(
    'cuts the %s registration capture at the offsets its log gives',
    (format) => {
      const { raw, log } = capture('registration', format);
      const logged = [...log.matchAll(/<<< @(\d+) len=(\d+) (\S+)/g)].map(([, offset, length, type]) => ({
        offset: Number(offset),
        length: Number(length),
        type,
      }));
      const frames = readCaptureFrames(raw);
      expect(
        frames.map((f, i) => ({
          offset: f.offset,
          length: (frames[i + 1]?.offset ?? raw.length) - f.offset,
          type: f.headers['Content-Type'],
        })),
      ).toEqual(logged);
    },
  );

  it('reads only the frames a stream holds in full, and says where the next one starts', () => {
    const { raw } = capture('startup', 'plain');
    const frames = readCaptureFrames(raw);
    const third = frames[2]!.offset;
    for (const cut of [third, third + 1, frames[3]!.offset - 1]) {
      const { frames: read, complete } = readCompleteFrames(raw.subarray(0, cut));
      expect([read.length, complete]).toEqual([2, third]);
    }
    expect(() => readCaptureFrames(raw.subarray(0, third + 1))).toThrow(`incomplete frame at @${third}`);
  });

  it('decodes plain values and keeps the inner body of a BACKGROUND_JOB', () => {
    const { raw } = capture('startup', 'plain');
    const jobs = readCaptureFrames(raw)
      .map(eventOfFrame)
      .filter((e) => e?.name === 'BACKGROUND_JOB' && e.headers['Job-Command-Arg'] === 'json_list');
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.body).toBe('[]');
    expect(jobs[0]!.headers['Event-Date-Local']).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
  });

  it('reads json events with their subclass and _body', () => {
    const { raw } = capture('registration', 'json');
    const events = readCaptureFrames(raw).map(eventOfFrame);
    const register = events.find((e) => e?.subclass === 'sofia::register');
    expect(register?.headers['contact']).toMatch(/^"" <sip:20001@127\.0\.0\.1:5071;transport=UDP>$/);
  });

  it('pairs api answers with the api commands of the log', () => {
    const { raw, log } = capture('registration', 'plain');
    const answers = captureSession(raw, log).flatMap((item) => (item.kind === 'api' ? [item.command] : []));
    expect(answers).toEqual([
      'show registrations as json',
      'sofia status profile internal reg',
      'show registrations as json',
      'show registrations as json',
      'show registrations as json',
      'show registrations as json',
    ]);
  });
});
