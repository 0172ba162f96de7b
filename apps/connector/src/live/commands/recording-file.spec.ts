import { conferenceOfRecording } from '../../recordings/recording-name';
import { newRecordingFile } from './recording-file';

const AT = new Date('2026-11-27T17:12:18.115Z');

describe('newRecordingFile', () => {
  it('names the file after the conference and the ISO time, in the recordings folder', () => {
    expect(newRecordingFile('/var/fsroot/recordings', 'team_g722', AT)).toBe(
      '/var/fsroot/recordings/team_g722-2026-11-27T17:12:18.115Z.wav',
    );
    expect(newRecordingFile('/recordings/', 'a.b', AT)).toBe('/recordings/a.b-2026-11-27T17:12:18.115Z.wav');
  });

  it('gives names the recording routes attribute to the conference', () => {
    const file = newRecordingFile('/recordings', 'friends_conf', AT).slice('/recordings/'.length);
    expect(conferenceOfRecording(file)).toBe('friends_conf');
  });

  it('refuses a folder with white space, which would split the command', () => {
    expect(() => newRecordingFile('/var/my recordings', 'team_g722', AT)).toThrow(
      expect.objectContaining({ code: 'LIVE.INVALID' }),
    );
  });
});
