import type { User } from '@fscon/contracts';
import { inviteFailure, inviteOriginate } from './invite-command';

const TEAMUSER2: User = {
  id: '20001',
  name: 'teamuser2',
  password: '',
  context: 'team',
  conpin: '',
  email: '',
  polymac: 'none',
};
const conference = { name: 'team_g722', num: '30000' };

describe('inviteOriginate', () => {
  it("rings every registration of a user and sends the answered call to the conference's number in its context", () => {
    expect(
      inviteOriginate({
        target: { kind: 'user', user: TEAMUSER2 },
        conference,
        domain: '127.0.0.1',
        ringSeconds: 30,
      }),
    ).toBe(
      'originate {originate_timeout=30,origination_caller_id_name=team_g722,origination_caller_id_number=30000,' +
        'origination_callee_id_name=teamuser2,origination_callee_id_number=20001}user/20001@127.0.0.1 30000 XML team',
    );
  });

  it('names the member by the user id when the name would not pass as a channel variable', () => {
    const user = { ...TEAMUSER2, name: 'Team User, Two', context: 'friends' as const };
    expect(
      inviteOriginate({ target: { kind: 'user', user }, conference, domain: 'd', ringSeconds: 5 }),
    ).toContain(
      'origination_callee_id_name=20001,origination_callee_id_number=20001}user/20001@d 30000 XML friends',
    );
  });

  it('calls an address through the invite gateway into context team', () => {
    expect(
      inviteOriginate({
        target: { kind: 'address', address: 'alice@example.org' },
        conference,
        domain: 'd',
        ringSeconds: 30,
      }),
    ).toMatch(
      /origination_callee_id_name=alice@example.org,origination_callee_id_number=alice}sofia\/gateway\/invite\/alice@example.org 30000 XML team$/,
    );
  });
});

describe('inviteFailure', () => {
  it("reads the hangup cause of originate's answer, nothing when it was answered", () => {
    expect(inviteFailure('+OK 510a27c2-7fc7-4907-a374-9c46d5b8e5db\n')).toBeUndefined();
    expect(inviteFailure('-ERR USER_BUSY\n')).toBe('USER_BUSY');
    expect(inviteFailure('-ERR USER_NOT_REGISTERED\n')).toBe('USER_NOT_REGISTERED');
    expect(inviteFailure('-ERR NO_ANSWER\n')).toBe('NO_ANSWER');
    expect(inviteFailure('-USAGE: <call url>\n')).toBe('-USAGE: <call url>');
  });
});
