import { DomainError } from '../common/domain-error';
import { RecordingFilesPipe } from './recording-files.pipe';

const pipe = new RecordingFilesPipe();

function refusal(body: unknown): DomainError {
  try {
    pipe.transform(body);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(body)}`);
}

describe('RecordingFilesPipe', () => {
  it('yields the file names of a [{file}] body', () => {
    expect(pipe.transform([{ file: 'a.wav' }, { file: 'b.wav' }])).toEqual(['a.wav', 'b.wav']);
    expect(pipe.transform([])).toEqual([]);
  });

  it.each([undefined, null, {}, { file: 'a.wav' }, 'a.wav', 7])(
    'refuses a body that is not an array: %j',
    (body) => {
      const error = refusal(body);
      expect(error.code).toBe('RECORDING.INVALID');
      expect(error.message).toContain('must be a JSON array');
    },
  );

  it('names every bad element and what is wrong with it', () => {
    const { code, message } = refusal([
      { file: 'a.wav' },
      'b.wav',
      null,
      [],
      { file: 3 },
      {},
      { file: 'c.wav', path: '/etc' },
    ]);
    expect(code).toBe('RECORDING.INVALID');
    expect(message).toContain('[1] must be an object {file}');
    expect(message).toContain('[2] must be an object {file}');
    expect(message).toContain('[3] must be an object {file}');
    expect(message).toContain('[4] file must be a string');
    expect(message).toContain('[5] file must be a string');
    expect(message).toContain('[6] property path should not exist');
    expect(message).not.toContain('[0]');
  });
});
