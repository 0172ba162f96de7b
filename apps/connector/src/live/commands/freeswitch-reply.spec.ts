import { readdirSync } from 'node:fs';
import { capture, CAPTURES_DIR } from '../../../test/support/captures';
import { freeswitchFailure } from './freeswitch-reply';

const conferenceReplies = readdirSync(`${CAPTURES_DIR}/conference/outputs`).filter(
  (file) => file.startsWith('bgapi_') && file !== 'bgapi_recording_check_stopped.txt',
);

describe('freeswitchFailure', () => {
  it.each(conferenceReplies)('finds no failure in the captured success %s', (file) => {
    expect(freeswitchFailure(capture(`conference/outputs/${file}`))).toBeUndefined();
  });

  it.each([
    ['errors/outputs/bgapi_conference_nosuch_kick_all.txt', '-ERR Conference nosuch not found'],
    ['errors/outputs/api_conference_nosuch_lock.txt', '-ERR Conference nosuch not found'],
    ['conference/outputs/bgapi_recording_check_stopped.txt', '-ERR Conference is not being recorded.'],
  ])('gives the trimmed line of the captured failure %s', (file, message) => {
    expect(freeswitchFailure(capture(file))).toBe(message);
  });

  it('finds a failure that follows an +OK line', () => {
    const reply = "+OK Pause recording file /r/a.wav\n-ERR non-existant recording '/r/a.wav'\n";
    expect(freeswitchFailure(reply)).toBe("-ERR non-existant recording '/r/a.wav'");
  });
});
