import { capture } from '../../../../test/support/captures';
import {
  EVERY_CONFERENCE,
  FRIEND,
  liveControlHarness,
  PUBLIC,
  recordingPaused,
  recordingStarted,
  RECORDINGS,
  TEAM,
} from '../testing/live-control.fixture';
import type { LiveEvent } from '@fscon/live-state';
import type { User } from '@fscon/contracts';
import { ConferenceExecCommand } from './conference-exec.command';
import { ConferenceExecHandler } from './conference-exec.handler';

const reply = (name: string) => capture(`conference/outputs/${name}.txt`);
const FILE = `${RECORDINGS}/team_g722-2026-11-27T17:12:18.115Z.wav`;

function given(events: LiveEvent[] = EVERY_CONFERENCE) {
  const harness = liveControlHarness(events);
  const handler = new ConferenceExecHandler(harness.live, harness.xmlState, harness.control);
  const when = (call: string, conference = 'team_g722', caller: User = TEAM) =>
    handler.execute(new ConferenceExecCommand(caller, conference, call));
  return { ...harness, when };
}

describe('ConferenceExecHandler', () => {
  afterEach(() => jest.useRealTimers());

  it.each([
    ['lock', 'conference team_g722 lock', 'bgapi_lock'],
    ['unlock', 'conference team_g722 unlock', 'bgapi_unlock'],
    ['kickall', 'conference team_g722 kick all', 'bgapi_kick_all'],
  ])('sends %s as `%s`', async (call, command, answer) => {
    const { eventSocket, journal, when } = given();
    eventSocket.answer(command, reply(answer));
    await when(call);
    expect(eventSocket.sent).toEqual([command]);
    expect(journal.appended).toEqual([]);
  });

  it('sends muteall as `mute all` and appends AllMuted once FreeSWITCH carried it out', async () => {
    const { eventSocket, journal, when } = given();
    eventSocket.answer('conference team_g722 mute all', reply('bgapi_mute_all'));
    await when('muteall');
    expect(eventSocket.sent).toEqual(['conference team_g722 mute all']);
    expect(journal.appended).toEqual([{ type: 'AllMuted', data: { conference: 'team_g722' } }]);
  });

  it('starts a recording into <recordings>/<conference>-<ISO time>.wav', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-27T17:12:18.115Z') });
    const { eventSocket, when } = given();
    eventSocket.answer(`conference team_g722 recording start ${FILE}`, `+OK Record file ${FILE}\n`);
    await when('startrec');
    expect(eventSocket.sent).toEqual([`conference team_g722 recording start ${FILE}`]);
  });

  it('pauses and resumes the file of the running recording', async () => {
    const recording = [...EVERY_CONFERENCE, recordingStarted('team_g722', FILE)];
    const paused = [...recording, recordingPaused('team_g722', FILE)];
    const running = given(recording);
    running.eventSocket.answer(
      `conference team_g722 recording pause ${FILE}`,
      `+OK Pause recording file ${FILE}\n`,
    );
    await running.when('pauserec');
    const pausedOne = given(paused);
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
    const { eventSocket, when } = given([...EVERY_CONFERENCE, recordingStarted('team_g722', FILE), event]);
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
    const { eventSocket, when } = given([...EVERY_CONFERENCE, ...events]);
    await expect(when(call)).rejects.toMatchObject({ code: 'LIVE.CONFLICT', message });
    expect(eventSocket.sent).toEqual([]);
  });

  it('rejects with the message FreeSWITCH reports, and appends nothing', async () => {
    const { eventSocket, journal, when } = given();
    eventSocket.answer(
      'conference team_g722 mute all',
      capture('errors/outputs/bgapi_conference_nosuch_kick_all.txt'),
    );
    await expect(when('muteall')).rejects.toMatchObject({
      code: 'LIVE.FREESWITCH_FAILED',
      message: '-ERR Conference nosuch not found',
    });
    expect(journal.appended).toEqual([]);
  });

  it('finds the failure after an +OK line', async () => {
    const { eventSocket, when } = given([...EVERY_CONFERENCE, recordingStarted('team_g722', FILE)]);
    eventSocket.answer(
      `conference team_g722 recording pause ${FILE}`,
      `+OK Pause recording file ${FILE}\n-ERR non-existant recording '${FILE}'\n`,
    );
    await expect(when('pauserec')).rejects.toThrow(`-ERR non-existant recording '${FILE}'`);
  });

  it.each([
    ['team', TEAM, ['team_g722', 'friends_conf', 'public_conf', 'adhoc']],
    ['friends', FRIEND, ['friends_conf', 'public_conf']],
  ])('lets %s users control the conferences their context sees', async (_context, caller, allowed) => {
    const { eventSocket, when } = given();
    for (const conference of ['team_g722', 'friends_conf', 'public_conf', 'adhoc']) {
      eventSocket.answer(`conference ${conference} lock`, `+OK ${conference} locked\n`);
      const outcome = when('lock', conference, caller);
      if (allowed.includes(conference)) await outcome;
      else await expect(outcome).rejects.toMatchObject({ code: 'LIVE.CONFERENCE_NOT_FOUND' });
    }
    expect(eventSocket.sent).toEqual(allowed.map((conference) => `conference ${conference} lock`));
  });

  it('refuses public users, even for public conferences', async () => {
    const { eventSocket, when } = given();
    await expect(when('lock', 'public_conf', PUBLIC)).rejects.toMatchObject({
      code: 'LIVE.FORBIDDEN',
      message: 'users of context public may not control conferences',
    });
    expect(eventSocket.sent).toEqual([]);
  });

  it('refuses a conference that does not run, and names that are not plain', async () => {
    const { eventSocket, when } = given();
    await expect(when('lock', 'nosuch')).rejects.toMatchObject({
      code: 'LIVE.CONFERENCE_NOT_FOUND',
      message: 'conference nosuch is not running',
    });
    for (const name of ['team_g722 kick all', 'a\nb', '', 'x;y']) {
      await expect(when('lock', name)).rejects.toMatchObject({ code: 'LIVE.INVALID' });
    }
    expect(eventSocket.sent).toEqual([]);
  });

  it('refuses calls it does not know', async () => {
    const { eventSocket, when } = given();
    await expect(when('mute')).rejects.toMatchObject({
      code: 'LIVE.INVALID',
      message: '"mute" is not a conference control',
    });
    expect(eventSocket.sent).toEqual([]);
  });

  it("treats every conference as the team's before the xmlState is read", async () => {
    const harness = liveControlHarness();
    harness.xmlState.replace({ ...harness.xmlState.current()!, conferences: [] });
    const handler = new ConferenceExecHandler(harness.live, harness.xmlState, harness.control);
    await expect(
      handler.execute(new ConferenceExecCommand(FRIEND, 'friends_conf', 'lock')),
    ).rejects.toMatchObject({ code: 'LIVE.CONFERENCE_NOT_FOUND' });
  });
});
