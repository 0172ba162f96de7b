import { capture } from '../../../../test/support/captures';
import { givenConferenceExec } from '../test-support/given-conference-exec';
import { FRIEND, liveControlHarness, member, PUBLIC, TEAM } from '../test-support/live-control.fixture';
import { byUser } from '../control-caller';
import { ConferenceExecCommand } from './conference-exec.command';
import { ConferenceExecHandler } from './conference-exec.handler';

const reply = (name: string) => capture(`conference/outputs/${name}.txt`);

function givenHandler() {
  const harness = liveControlHarness();
  return {
    ...harness,
    handler: new ConferenceExecHandler(harness.live, harness.xmlState, harness.control, harness.invitations),
  };
}

describe('ConferenceExecHandler', () => {
  it.each([
    ['lock', 'conference team_g722 lock', 'bgapi_lock'],
    ['unlock', 'conference team_g722 unlock', 'bgapi_unlock'],
    ['kickall', 'conference team_g722 kick all', 'bgapi_kick_all'],
  ])('sends %s as `%s`', async (call, command, answer) => {
    const { eventSocket, journal, when } = givenConferenceExec();
    eventSocket.answer(command, reply(answer));
    await when(call);
    expect(eventSocket.sent).toEqual([command]);
    expect(journal.appended).toEqual([]);
  });

  it('sends muteall as `mute all` and appends AllMuted once FreeSWITCH carried it out', async () => {
    const { eventSocket, journal, when } = givenConferenceExec();
    eventSocket.answer('conference team_g722 mute all', reply('bgapi_mute_all'));
    await when('muteall');
    expect(eventSocket.sent).toEqual(['conference team_g722 mute all']);
    expect(journal.appended).toEqual([{ type: 'AllMuted', data: { conference: 'team_g722' } }]);
  });

  it('rejects with the message FreeSWITCH reports, and appends nothing', async () => {
    const { eventSocket, journal, when } = givenConferenceExec();
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

  it.each([
    ['team', TEAM, ['team_g722', 'friends_conf', 'public_conf', 'adhoc']],
    ['friends', FRIEND, ['friends_conf', 'public_conf']],
  ])('lets %s users control the conferences their context sees', async (_context, caller, allowed) => {
    const { eventSocket, when } = givenConferenceExec();
    for (const conference of ['team_g722', 'friends_conf', 'public_conf', 'adhoc']) {
      eventSocket.answer(`conference ${conference} lock`, `+OK ${conference} locked\n`);
      const outcome = when('lock', conference, caller);
      if (allowed.includes(conference)) await outcome;
      else await expect(outcome).rejects.toMatchObject({ code: 'LIVE.CONFERENCE_NOT_FOUND' });
    }
    expect(eventSocket.sent).toEqual(allowed.map((conference) => `conference ${conference} lock`));
  });

  it('lets a moderator key control the conference it was pressed in, and no other', async () => {
    const { eventSocket, handler } = givenHandler();
    const by = {
      type: 'moderator-key',
      conference: 'public_conf',
      member: member('10', '22000', 'publicuser'),
    } as const;
    eventSocket.answer('conference public_conf lock', '+OK public_conf locked\n');
    await handler.execute(new ConferenceExecCommand(by, 'public_conf', 'lock'));
    await expect(handler.execute(new ConferenceExecCommand(by, 'team_g722', 'lock'))).rejects.toMatchObject({
      code: 'LIVE.FORBIDDEN',
      message: 'a moderator key of conference public_conf controls no other conference',
    });
    expect(eventSocket.sent).toEqual(['conference public_conf lock']);
  });

  it('refuses public users, even for public conferences', async () => {
    const { eventSocket, when } = givenConferenceExec();
    await expect(when('lock', 'public_conf', PUBLIC)).rejects.toMatchObject({
      code: 'LIVE.FORBIDDEN',
      message: 'users of context public may not control conferences',
    });
    expect(eventSocket.sent).toEqual([]);
  });

  it('refuses a conference that does not run, and names that are not plain', async () => {
    const { eventSocket, when } = givenConferenceExec();
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
    const { eventSocket, when } = givenConferenceExec();
    await expect(when('mute')).rejects.toMatchObject({
      code: 'LIVE.INVALID',
      message: '"mute" is not a conference control',
    });
    expect(eventSocket.sent).toEqual([]);
  });

  it("treats every conference as the team's before the xmlState is read", async () => {
    const { handler, xmlState } = givenHandler();
    xmlState.replace({ ...xmlState.current()!, conferences: [] });
    await expect(
      handler.execute(new ConferenceExecCommand(byUser(FRIEND), 'friends_conf', 'lock')),
    ).rejects.toMatchObject({ code: 'LIVE.CONFERENCE_NOT_FOUND' });
  });
});
