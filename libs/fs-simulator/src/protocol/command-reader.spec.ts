import fc from 'fast-check';
import { CommandReader, ReadOutcome } from './command-reader';

const commands = (outcomes: ReadOutcome[]): Array<{ line: string; headers: unknown; body?: string }> =>
  outcomes.map((outcome) => {
    if (outcome.kind !== 'command') throw new Error('invalid');
    const { command } = outcome;
    return {
      line: command.line,
      headers: command.headers,
      ...(command.body === undefined ? {} : { body: command.body }),
    };
  });

describe('CommandReader (read_packet)', () => {
  it('reads commands ending in a blank line, skipping blank lines between them', () => {
    const reader = new CommandReader();
    expect(commands(reader.push(Buffer.from('\n\r\napi status\n\n\nevent plain ALL\r\n\r\n')))).toEqual([
      { line: 'api status', headers: [] },
      { line: 'event plain ALL', headers: [] },
    ]);
  });

  it('gives the same commands however the bytes are split', () => {
    const input = 'api version\n\nbgapi status\nJob-UUID: abc\n\nsendmsg\nContent-Length: 3\n\nxyz';
    const whole = commands(new CommandReader().push(Buffer.from(input)));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: input.length - 1 }), { maxLength: 8 }), (cuts) => {
        const reader = new CommandReader();
        const points = [0, ...[...new Set(cuts)].sort((a, b) => a - b), input.length];
        const outcomes = points
          .slice(1)
          .flatMap((end, i) => reader.push(Buffer.from(input.slice(points[i], end))));
        expect(commands(outcomes)).toEqual(whole);
      }),
    );
    expect(whole).toHaveLength(3);
  });

  it('parses headers, skipping spaces after the colon, and reads the body a Content-Length announces', () => {
    const reader = new CommandReader();
    const [outcome] = reader.push(
      Buffer.from('sendevent CUSTOM\nJob-UUID:   x y\nNo colon\nContent-Length: 5\n\nhello'),
    );
    expect(commands([outcome])).toEqual([
      {
        line: 'sendevent CUSTOM',
        headers: [
          ['Job-UUID', 'x y'],
          ['Content-Length', '5'],
        ],
        body: 'hello',
      },
    ]);
  });

  it('reports a partly received command', () => {
    const reader = new CommandReader();
    reader.push(Buffer.from('api sta'));
    expect(reader.hasPartial).toBe(true);
    reader.push(Buffer.from('tus\n\n'));
    expect(reader.hasPartial).toBe(false);
  });

  it('marks a Content-Length out of range as invalid', () => {
    expect(new CommandReader().push(Buffer.from('api x\nContent-Length: -1\n\n'))).toEqual([
      { kind: 'invalid' },
    ]);
    expect(new CommandReader().push(Buffer.from('api x\nContent-Length: 99999999\n\n'))).toEqual([
      { kind: 'invalid' },
    ]);
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 6 }), (chunks) => {
        const reader = new CommandReader();
        for (const chunk of chunks) reader.push(Buffer.from(chunk));
      }),
    );
  });
});
