import { givenConferenceExec } from '../test-support/given-conference-exec';
import { FRIEND, TEAM } from '../test-support/live-control.fixture';

const TO_FRIEND =
  'originate {originate_timeout=30,origination_caller_id_name=friends_conf,origination_caller_id_number=31000,' +
  'origination_callee_id_name=frienduser,origination_callee_id_number=21000}user/21000@ 31000 XML friends';

const refusal = (promise: Promise<void>) =>
  promise.then(
    () => undefined,
    (error: { code: string; message: string }) => ({ code: error.code, message: error.message }),
  );

describe('invite', () => {
  it('rings the user with originate and resolves once the call was answered', async () => {
    const { eventSocket, when } = givenConferenceExec();
    eventSocket.answer(TO_FRIEND, '+OK 510a27c2-7fc7-4907-a374-9c46d5b8e5db\n');
    await when('invite', 'friends_conf', FRIEND, '21000');
    expect(eventSocket.sent).toEqual([TO_FRIEND]);
  });

  it("rejects with FreeSWITCH's hangup cause", async () => {
    const { eventSocket, when } = givenConferenceExec();
    eventSocket.answer(TO_FRIEND, '-ERR USER_NOT_REGISTERED\n');
    expect(await refusal(when('invite', 'friends_conf', TEAM, '21000'))).toEqual({
      code: 'LIVE.INVITE_FAILED',
      message: 'USER_NOT_REGISTERED',
    });
  });

  it('refuses a conference without a number, an address without a gateway, and too many invitations', async () => {
    const { eventSocket, when } = givenConferenceExec();
    eventSocket.answer(TO_FRIEND, '-ERR USER_BUSY\n');
    expect(await refusal(when('invite', 'adhoc', TEAM, '21000'))).toEqual({
      code: 'LIVE.INVALID',
      message: 'conference adhoc has no number to join by',
    });
    expect((await refusal(when('invite', 'team_g722', TEAM, 'sip:a@b.org')))?.code).toBe('LIVE.INVALID');
    for (let sent = 0; sent < 5; sent++) {
      expect((await refusal(when('invite', 'friends_conf', TEAM, '21000')))?.code).toBe('LIVE.INVITE_FAILED');
    }
    const limited = await refusal(when('invite', 'friends_conf', TEAM, '21000'));
    expect(limited?.code).toBe('LIVE.RATE_LIMITED');
    expect(limited?.message).toMatch(/^too many invitations; wait \d+ s$/);
    expect(eventSocket.sent).toHaveLength(5);
  });
});
