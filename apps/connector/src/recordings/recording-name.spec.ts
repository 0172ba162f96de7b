import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { conferenceOfRecording, recordingNameProblem } from './recording-name';

const CONFERENCE_OUTPUTS = join(__dirname, '../../../../fixtures/fs-captures/conference/outputs');

const capturedRecordingPath = (output: string): string => {
  const body = readFileSync(join(CONFERENCE_OUTPUTS, output), 'utf8');
  return /(\S+\.wav)/.exec(body)![1];
};

describe('recordingNameProblem', () => {
  it.each([
    ['', 'file name is empty'],
    ['../../etc/passwd', 'must not contain / or \\'],
    ['a/b.wav', 'must not contain / or \\'],
    ['a\\b.wav', 'must not contain / or \\'],
    ['..', 'must not contain ..'],
    ['a..wav', 'must not contain ..'],
    ['a\u0000.wav', 'must not contain control characters'],
    ['a\n.wav', 'must not contain control characters'],
    ['.hidden.wav', 'must not start with .'],
    ['notes.txt', 'is not a .wav recording'],
    ['loud.WAV', 'is not a .wav recording'],
    ['a.wav.bak', 'is not a .wav recording'],
  ])('refuses %j', (file, problem) => {
    expect(recordingNameProblem(file)).toContain(problem);
  });

  it.each(['x.wav', 'team_g722-2026-11-27T17:12:05.123Z.wav', 'a b.wav'])('accepts %j', (file) => {
    expect(recordingNameProblem(file)).toBeUndefined();
  });
});

describe('conferenceOfRecording', () => {
  it.each([
    ['team_g722-2026-11-27T17:12:05.123Z.wav', 'team_g722'],
    ['team_g722-2026-11-27T17:12:05Z.wav', 'team_g722'],
    ['a-b-2026-11-27T17:12:05.123Z.wav', 'a-b'],
    ['friends_conf-2026-11-27T18:12:05.123+01:00.wav', 'friends_conf'],
    ['friends_conf-2026-11-27T12:12:05-05:00.wav', 'friends_conf'],
    ['friends_conf-2026-11-27T18:12:05+0100.wav', 'friends_conf'],
    ['public.conf-2026-11-27T17-12-18-115Z.wav', 'public.conf'],
    ['team_g722-2026-11-27T17-12-18-115Z-plain.wav', 'team_g722'],
    ['team_g722-2026-11-27T17-12-39-843Z-json.wav', 'team_g722'],
    ['a-b-2026-11-27T18-12-18+01-00-json.wav', 'a-b'],
    ['x-2026-01-01T00-00-00-2026-11-27T17:12:05Z.wav', 'x-2026-01-01T00-00-00'],
  ])('%j belongs to %j', (file, conference) => {
    expect(conferenceOfRecording(file)).toBe(conference);
  });

  it('reads the names FreeSWITCH was told to record to in the captures', () => {
    const paths = ['bgapi_recording_start.txt', 'bgapi_recording_stop_all.txt'].map(capturedRecordingPath);
    expect(paths.map((path) => conferenceOfRecording(path.split('/').pop()!))).toEqual([
      'team_g722',
      'team_g722',
    ]);
  });

  it.each([
    'x.wav',
    '2026-11-27T17:12:05Z.wav',
    '-2026-11-27T17:12:05Z.wav',
    'team_g722-2026-11-27.wav',
    'team_g722-2026-13-27T17:12:05Z.wav',
    'team_g722-2026-11-27T25:12:05Z.wav',
    'team_g722-2026-11-27T17:12:05.wav',
    'team_g722-2026-11-27T17:12:05Z-.wav',
    'team_g722-2026-11-27T17:12:05Z-1x.wav',
    'team_g722-2026-11-27T17:12:05Z.txt',
    '../team_g722-2026-11-27T17:12:05Z.wav',
  ])('%j belongs to no conference', (file) => {
    expect(conferenceOfRecording(file)).toBeUndefined();
  });
});
