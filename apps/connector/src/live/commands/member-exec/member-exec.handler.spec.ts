import type { User } from '@fscon/contracts';
import { capture } from '../../../../test/support/captures';
import { EslError } from '../../../esl/esl.errors';
import { FRIEND, liveControlHarness, member, PUBLIC, TEAM } from '../test-support/live-control.fixture';
import { byModeratorKey, byUser } from '../control-caller';
import { MemberExecCommand } from './member-exec.command';
import type { ControlArguments } from '../control-arguments';
import { MemberExecHandler } from './member-exec.handler';

const reply = (name: string) => capture(`conference/outputs/${name}.txt`);

function given() {
  const harness = liveControlHarness();
  const handler = new MemberExecHandler(harness.live, harness.xmlState, harness.control);
  const when = (call: string, member: string, conference = 'team_g722', caller: User = TEAM) =>
    handler.execute(new MemberExecCommand(byUser(caller), conference, call, member));
  const withArgs = (call: string, args: ControlArguments, caller: User = TEAM, conference = 'team_g722') =>
    handler.execute(new MemberExecCommand(byUser(caller), conference, call, '7', args));
  return { ...harness, when, withArgs };
}

describe('MemberExecHandler', () => {
  it.each([
    ['mute', 'conference team_g722 mute 7', reply('bgapi_mute_member')],
    ['unmute', 'conference team_g722 unmute 7', reply('bgapi_unmute_member')],
    ['kick', 'conference team_g722 kick 7', reply('bgapi_kick_member')],
  ])('sends %s as `%s`', async (call, command, answer) => {
    const { eventSocket, journal, when } = given();
    eventSocket.answer(command, answer);
    await when(call, '7');
    expect(eventSocket.sent).toEqual([command]);
    expect(journal.appended).toEqual([]);
  });

  it.each([
    ['deaf', {}, 'conference team_g722 deaf 7', '+OK deaf 7\n\n'],
    ['undeaf', {}, 'conference team_g722 undeaf 7', '+OK undeaf 7\n\n'],
    ['volume_in', { value: 2 }, 'conference team_g722 volume_in 7 2', '+OK Volume IN 7 = 2\n\n'],
    ['volume_out', { value: -4 }, 'conference team_g722 volume_out 7 -4', '+OK Volume OUT 7 = -4\n\n'],
    ['energy', { value: 300 }, 'conference team_g722 energy 7 300', 'Energy 7 = 300\n\n'],
    [
      'transfer',
      { target: 'friends_conf' },
      'conference team_g722 transfer friends_conf@16kHz-novideo 7',
      "+OK Member '7' sent to conference friends_conf@16kHz-novideo.\n\n",
    ],
    [
      'play',
      { file: 'fscon/16000/all-muted.wav' },
      'conference team_g722 play /var/fsroot/conf/sounds/fscon/16000/all-muted.wav 7',
      '+OK (play) Playing file /var/fsroot/conf/sounds/fscon/16000/all-muted.wav to member 7\n\n',
    ],
  ])('sends %s %j as `%s`', async (call, args, command, answer) => {
    const { eventSocket, withArgs } = given();
    eventSocket.answer(command, answer);
    await withArgs(call, args);
    expect(eventSocket.sent).toEqual([command]);
  });

  it.each([
    ['volume_in', { value: 5 }, 'volume_in takes a value from -4 to 4, not 5'],
    ['volume_out', { value: -5 }, 'volume_out takes a value from -4 to 4, not -5'],
    ['volume_in', {}, 'volume_in needs a value'],
    ['energy', { value: -1 }, 'energy takes a value from 0 to 2147483647, not -1'],
    ['energy', { value: 2 ** 31 }, 'energy takes a value from 0 to 2147483647, not 2147483648'],
    ['transfer', { target: 'nosuch' }, 'there is no conference nosuch to transfer to'],
    ['transfer', {}, 'transfer needs a target'],
    ['play', { file: '../etc/passwd' }, expect.stringContaining('is not a sound file')],
    ['play', { file: '/etc/passwd' }, expect.stringContaining('is not a sound file')],
    ['play', { file: 'fscon/./x.wav' }, expect.stringContaining('is not a sound file')],
    ['play', { file: 'a b.wav' }, expect.stringContaining('is not a sound file')],
    ['play', { file: 'a.wav;kick all' }, expect.stringContaining('is not a sound file')],
  ])('refuses %s %j as invalid: %s', async (call, args, message) => {
    const { eventSocket, withArgs } = given();
    await expect(withArgs(call, args)).rejects.toMatchObject({ code: 'LIVE.INVALID', message });
    expect(eventSocket.sent).toEqual([]);
  });

  it('transfers only to the conferences the caller may see, and not into the same one', async () => {
    const { eventSocket, withArgs } = given();
    await expect(withArgs('transfer', { target: 'team_g722' }, FRIEND, 'friends_conf')).rejects.toMatchObject(
      {
        code: 'LIVE.INVALID',
        message: 'there is no conference team_g722 to transfer to',
      },
    );
    await expect(withArgs('transfer', { target: 'team_g722' })).rejects.toMatchObject({
      code: 'LIVE.CONFLICT',
    });
    eventSocket.answer('conference team_g722 transfer public_conf@48kHz-video 7', "+OK Member '7' sent\n");
    await withArgs('transfer', { target: 'public_conf' });
    expect(eventSocket.sent).toEqual(['conference team_g722 transfer public_conf@48kHz-video 7']);
  });

  it('transfers no member for a moderator key', async () => {
    const { eventSocket, live, xmlState, control } = given();
    const handler = new MemberExecHandler(live, xmlState, control);
    const by = byModeratorKey({ conference: 'team_g722', member: member('5', '20000', 'defaultuser') });
    const transfer = new MemberExecCommand(by, 'team_g722', 'transfer', '7', { target: 'friends_conf' });
    await expect(handler.execute(transfer)).rejects.toMatchObject({ code: 'LIVE.FORBIDDEN' });
    expect(eventSocket.sent).toEqual([]);
  });

  it('lets friends control members of friends and public conferences', async () => {
    const { eventSocket, when } = given();
    eventSocket.answer('conference friends_conf mute 8', '+OK mute 8\n');
    eventSocket.answer('conference public_conf kick 10', '+OK kicked 10\n');
    await when('mute', '8', 'friends_conf', FRIEND);
    await when('kick', '10', 'public_conf', FRIEND);
    await expect(when('mute', '5', 'team_g722', FRIEND)).rejects.toMatchObject({
      code: 'LIVE.CONFERENCE_NOT_FOUND',
    });
    expect(eventSocket.sent).toEqual(['conference friends_conf mute 8', 'conference public_conf kick 10']);
  });

  it('refuses public users', async () => {
    const { eventSocket, when } = given();
    await expect(when('mute', '10', 'public_conf', PUBLIC)).rejects.toMatchObject({ code: 'LIVE.FORBIDDEN' });
    expect(eventSocket.sent).toEqual([]);
  });

  it('refuses a member that is not in the conference', async () => {
    const { eventSocket, when } = given();
    await expect(when('kick', '8')).rejects.toMatchObject({
      code: 'LIVE.MEMBER_NOT_FOUND',
      message: 'member 8 is not in conference team_g722',
    });
    expect(eventSocket.sent).toEqual([]);
  });

  it('refuses member ids that are not numbers, and unknown calls', async () => {
    const { eventSocket, when } = given();
    for (const member of ['all', '7 ', '7;kick all', '', '-1']) {
      await expect(when('mute', member)).rejects.toMatchObject({ code: 'LIVE.INVALID' });
    }
    await expect(when('lock', '7')).rejects.toMatchObject({
      code: 'LIVE.INVALID',
      message: '"lock" is not a member control',
    });
    expect(eventSocket.sent).toEqual([]);
  });

  it('rejects with the message FreeSWITCH reports', async () => {
    const { eventSocket, when } = given();
    eventSocket.answer(
      'conference team_g722 unmute 7',
      capture('errors/outputs/api_conference_nosuch_lock.txt'),
    );
    await expect(when('unmute', '7')).rejects.toMatchObject({
      code: 'LIVE.FREESWITCH_FAILED',
      message: '-ERR Conference nosuch not found',
    });
  });

  it('passes Event Socket failures on as they are', async () => {
    const { eventSocket, when } = given();
    eventSocket.connection.next('disconnected');
    await expect(when('mute', '7')).rejects.toBeInstanceOf(EslError);
  });
});
