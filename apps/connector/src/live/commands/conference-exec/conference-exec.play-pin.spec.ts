import { byUser } from '../control-caller';
import type { ControlArguments } from '../control-arguments';
import { liveControlHarness, TEAM } from '../test-support/live-control.fixture';
import { ConferenceExecCommand } from './conference-exec.command';
import { ConferenceExecHandler } from './conference-exec.handler';

function given() {
  const harness = liveControlHarness();
  const handler = new ConferenceExecHandler(
    harness.live,
    harness.xmlState,
    harness.control,
    harness.invitations,
  );
  const when = (call: string, args: ControlArguments) =>
    handler.execute(new ConferenceExecCommand(byUser(TEAM), 'team_g722', call, args));
  return { ...harness, when };
}

describe('ConferenceExecHandler: play and pin', () => {
  it.each([
    [
      'play',
      { file: 'fscon/16000/recording-started.wav' },
      'conference team_g722 play /var/fsroot/conf/sounds/fscon/16000/recording-started.wav',
      '+OK (play) Playing file /var/fsroot/conf/sounds/fscon/16000/recording-started.wav\n\n',
    ],
    [
      'pin',
      { pin: '4711' },
      'conference team_g722 pin 4711',
      '+OK Pin for conference team_g722 set: 4711\n\n',
    ],
    ['pin', { pin: '' }, 'conference team_g722 nopin', '+OK Pin for conference team_g722 deleted\n\n'],
  ])('sends %s %j as `%s`', async (call, args, command, answer) => {
    const { eventSocket, journal, when } = given();
    eventSocket.answer(command, answer);
    await when(call, args);
    expect(eventSocket.sent).toEqual([command]);
    expect(journal.appended).toEqual([]);
  });

  it.each([
    ['play', { file: '../../etc/passwd' }],
    ['play', {}],
    ['pin', { pin: '12a4' }],
    ['pin', { pin: '1'.repeat(33) }],
    ['pin', {}],
  ])('refuses %s %j as invalid', async (call, args) => {
    const { eventSocket, when } = given();
    await expect(when(call, args)).rejects.toMatchObject({ code: 'LIVE.INVALID' });
    expect(eventSocket.sent).toEqual([]);
  });

  it('rejects a file FreeSWITCH cannot open with its message', async () => {
    const { eventSocket, when } = given();
    const command = 'conference team_g722 play /var/fsroot/conf/sounds/nosuch.wav';
    eventSocket.answer(command, '-ERR (play) File: /var/fsroot/conf/sounds/nosuch.wav not found.\n\n');
    await expect(when('play', { file: 'nosuch.wav' })).rejects.toMatchObject({
      code: 'LIVE.FREESWITCH_FAILED',
      message: '-ERR (play) File: /var/fsroot/conf/sounds/nosuch.wav not found.',
    });
  });
});
