import { liveCore, LiveCore } from '../test-support/live-core';

/** As the connector invites teamuser2 into team_g722, with the real switch's answers. */
const INVITE_20001 =
  '{originate_timeout=30,origination_caller_id_name=team_g722,origination_caller_id_number=30000,' +
  'origination_callee_id_name=teamuser2,origination_callee_id_number=20001}user/20001@127.0.0.1 30000 XML team';

describe('originate of a directory user', () => {
  let live: LiveCore;

  beforeEach(() => {
    live = liveCore();
  });
  afterEach(() => live.remove());

  it('answers USER_NOT_REGISTERED for a user without a registration, SUBSCRIBER_ABSENT for no user', () => {
    expect(live.core.api('originate', INVITE_20001)).toBe('-ERR USER_NOT_REGISTERED\n');
    expect(live.core.api('originate', INVITE_20001.replaceAll('20001', '29999'))).toBe(
      '-ERR SUBSCRIBER_ABSENT\n',
    );
    expect(live.core.api('originate', 'sofia/gateway/invite/alice@example.org 30000 XML team')).toBe(
      '-ERR NORMAL_TEMPORARY_FAILURE\n',
    );
    expect(live.calls.members()).toEqual([]);
  });

  it("rings a registered user's phone, which answers and joins with the callee id and its conf_flags", async () => {
    await live.calls.register({ user: '20001' });
    const answer = live.core.api('originate', INVITE_20001);
    await live.calls.settled();
    const [member] = live.calls.members();
    expect(answer).toBe(`+OK ${member?.uuid}\n`);
    expect(member).toMatchObject({
      conference: 'team_g722',
      callerIdName: 'teamuser2',
      callerIdNumber: '20001',
      moderator: true,
    });
    const [added] = live.custom('conference::maintenance', 'add-member');
    expect(added?.getHeader('Caller-Caller-ID-Name')).toBe('teamuser2');
    expect(added?.getHeader('Member-Type')).toBe('moderator');
  });

  it('answers a call whose number leads to no conference, and nobody joins', async () => {
    await live.calls.register({ user: '20001' });
    expect(live.core.api('originate', INVITE_20001.replace(' 30000 XML', ' 39999 XML'))).toMatch(
      /^\+OK [0-9a-f-]{36}\n$/,
    );
    await live.calls.settled();
    expect(live.calls.members()).toEqual([]);
  });
});
