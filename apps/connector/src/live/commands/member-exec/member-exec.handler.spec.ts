import type { User } from '@fscon/contracts';
import { capture } from '../../../../test/support/captures';
import { EslError } from '../../../esl/esl.errors';
import { FRIEND, liveControlHarness, PUBLIC, TEAM } from '../test-support/live-control.fixture';
import { byUser } from '../control-caller';
import { MemberExecCommand } from './member-exec.command';
import { MemberExecHandler } from './member-exec.handler';

const reply = (name: string) => capture(`conference/outputs/${name}.txt`);

function given() {
  const harness = liveControlHarness();
  const handler = new MemberExecHandler(harness.live, harness.xmlState, harness.control);
  const when = (call: string, member: string, conference = 'team_g722', caller: User = TEAM) =>
    handler.execute(new MemberExecCommand(byUser(caller), conference, call, member));
  return { ...harness, when };
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
    await expect(when('deaf', '7')).rejects.toMatchObject({
      code: 'LIVE.INVALID',
      message: '"deaf" is not a member control',
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
