import { capture } from '../../../../test/support/captures';
import { givenConferenceExec } from '../test-support/given-conference-exec';
import {
  EVERY_CONFERENCE,
  recordingPaused,
  recordingStarted,
  RECORDINGS,
} from '../test-support/live-control.fixture';

const reply = (name: string) => capture(`conference/outputs/${name}.txt`);
const FILE = `${RECORDINGS}/team_g722-2026-11-27T17:12:18.115Z.wav`;

describe('ConferenceExecHandler: recording', () => {
  afterEach(() => jest.useRealTimers());

  it('starts a recording into <recordings>/<conference>-<ISO time>.wav', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-27T17:12:18.115Z') });
    const { eventSocket, when } = givenConferenceExec();
    eventSocket.answer(`conference team_g722 recording start ${FILE}`, `+OK Record file ${FILE}\n`);
    await when('startrec');
    expect(eventSocket.sent).toEqual([`conference team_g722 recording start ${FILE}`]);
  });

  it('pauses and resumes the file of the running recording', async () => {
    const recording = [...EVERY_CONFERENCE, recordingStarted('team_g722', FILE)];
    const paused = [...recording, recordingPaused('team_g722', FILE)];
    const running = givenConferenceExec(recording);
    running.eventSocket.answer(
      `conference team_g722 recording pause ${FILE}`,
      `+OK Pause recording file ${FILE}\n`,
    );
    await running.when('pauserec');
    const pausedOne = givenConferenceExec(paused);
    pausedOne.eventSocket.answer(
      `conference team_g722 recording resume ${FILE}`,
      `+OK Resume recording file ${FILE}\n`,
    );
    await pausedOne.when('resumerec');
    expect(running.eventSocket.sent).toEqual([`conference team_g722 recording pause ${FILE}`]);
    expect(pausedOne.eventSocket.sent).toEqual([`conference team_g722 recording resume ${FILE}`]);
  });

  it.each([
    ['running', recordingStarted('team_g722', FILE)],
    ['paused', recordingPaused('team_g722', FILE)],
  ])('stops a %s recording with `recording stop all`', async (_state, event) => {
    const { eventSocket, when } = givenConferenceExec([
      ...EVERY_CONFERENCE,
      recordingStarted('team_g722', FILE),
      event,
    ]);
    eventSocket.answer('conference team_g722 recording stop all', reply('bgapi_recording_stop_all'));
    await when('stoprec');
    expect(eventSocket.sent).toEqual(['conference team_g722 recording stop all']);
  });

  it.each([
    ['startrec', [recordingStarted('team_g722', FILE)], 'conference team_g722 is already being recorded'],
    [
      'startrec',
      [recordingStarted('team_g722', FILE), recordingPaused('team_g722', FILE)],
      'the recording of conference team_g722 is paused; resume it instead',
    ],
    ['pauserec', [], 'conference team_g722 is not being recorded'],
    [
      'pauserec',
      [recordingStarted('team_g722', FILE), recordingPaused('team_g722', FILE)],
      'the recording of conference team_g722 is already paused',
    ],
    ['resumerec', [], 'conference team_g722 is not being recorded'],
    [
      'resumerec',
      [recordingStarted('team_g722', FILE)],
      'the recording of conference team_g722 is not paused',
    ],
    ['stoprec', [], 'conference team_g722 is not being recorded'],
  ])('refuses %s when the recording state does not fit', async (call, events, message) => {
    const { eventSocket, when } = givenConferenceExec([...EVERY_CONFERENCE, ...events]);
    await expect(when(call)).rejects.toMatchObject({ code: 'LIVE.CONFLICT', message });
    expect(eventSocket.sent).toEqual([]);
  });

  it('finds the failure after an +OK line', async () => {
    const { eventSocket, when } = givenConferenceExec([
      ...EVERY_CONFERENCE,
      recordingStarted('team_g722', FILE),
    ]);
    eventSocket.answer(
      `conference team_g722 recording pause ${FILE}`,
      `+OK Pause recording file ${FILE}\n-ERR non-existant recording '${FILE}'\n`,
    );
    await expect(when('pauserec')).rejects.toThrow(`-ERR non-existant recording '${FILE}'`);
  });
});
