import type { Context, User } from '@fscon/contracts';
import { inviteTarget, type InviteTargetRules } from './invite-target';

function user(id: string, context: Context): User {
  return { id, name: `user${id}`, password: '', context, conpin: '', email: '', polymac: 'none' };
}

const USERS = [user('20001', 'team'), user('21000', 'friends'), user('22000', 'public')];
const rules = (overrides: Partial<InviteTargetRules> = {}): InviteTargetRules => ({
  inviter: 'team',
  audience: ['team', 'friends', 'public'],
  users: USERS,
  gateway: true,
  ...overrides,
});
const refusal = (target: string, overrides: Partial<InviteTargetRules> = {}) => {
  try {
    inviteTarget(target, rules(overrides));
  } catch (error) {
    return { code: (error as { code: string }).code, message: (error as Error).message };
  }
  throw new Error(`${target} was taken`);
};

describe('inviteTarget', () => {
  it('takes a directory user whose context may join the conference', () => {
    expect(inviteTarget('21000', rules({ inviter: 'friends', audience: ['friends', 'team'] }))).toEqual({
      kind: 'user',
      user: USERS[1],
    });
  });

  it('refuses a user whose context may not join the conference', () => {
    expect(refusal('22000', { audience: ['team'] })).toEqual({
      code: 'LIVE.INVALID',
      message: 'users of context public may not join this conference',
    });
  });

  it.each([
    ['sip:alice@example.org', 'alice@example.org'],
    ['sips:bob.b+1@10.0.0.7:5070', 'bob.b+1@10.0.0.7:5070'],
    ['+4930123456', '+4930123456'],
    ['0049301234', '0049301234'],
  ])('takes %s from a team user as the gateway address %s', (target, address) => {
    expect(inviteTarget(target, rules())).toEqual({ kind: 'address', address });
  });

  it.each([
    'alice@example.org',
    'sip:alice',
    'sip:@example.org',
    'sip:a@b..c',
    'sip:a@b:70000',
    'tel:123',
    '12a',
    "sip:a'b@c",
  ])('refuses %s as no user, SIP address or number', (target) => {
    expect(refusal(target).code).toBe('LIVE.INVALID');
  });

  it('refuses addresses and numbers to friends, and without a gateway', () => {
    expect(refusal('sip:alice@example.org', { inviter: 'friends' })).toEqual({
      code: 'LIVE.FORBIDDEN',
      message: 'users of context friends may invite directory users only',
    });
    expect(refusal('+4930123456', { inviter: 'friends' }).code).toBe('LIVE.FORBIDDEN');
    expect(refusal('sip:alice@example.org', { gateway: false })).toEqual({
      code: 'LIVE.INVALID',
      message: 'no gateway for SIP addresses and numbers (INVITE_GATEWAY)',
    });
  });
});
