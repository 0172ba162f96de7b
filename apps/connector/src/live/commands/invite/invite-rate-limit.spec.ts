import { InviteRateLimit } from './invite-rate-limit';

describe('InviteRateLimit', () => {
  it('allows so many invitations per caller in any 60 seconds and tells how long to wait', () => {
    const limit = new InviteRateLimit(2);
    expect(limit.take('anna', 0)).toEqual({ allowed: true });
    expect(limit.take('anna', 10_000)).toEqual({ allowed: true });
    expect(limit.take('bert', 10_000)).toEqual({ allowed: true });
    expect(limit.take('anna', 20_500)).toEqual({ allowed: false, retryAfterSeconds: 40 });
    expect(limit.take('anna', 60_000)).toEqual({ allowed: true });
    expect(limit.take('anna', 60_001)).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });
});
