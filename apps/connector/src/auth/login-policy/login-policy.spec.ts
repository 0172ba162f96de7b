import { DEFAULT_LOGIN_LIMITS } from './login-limits';
import { LoginPolicy } from './login-policy';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Attempt = 'in' | 'wrong' | 'blocked';

/** One login the way every login path makes it: ask the policy, then check the password and report. */
async function attempt(policy: LoginPolicy, address: string, name: string, right = false): Promise<Attempt> {
  if (!(await policy.check(address, name)).allowed) return 'blocked';
  if (right) await policy.succeeded(address, name);
  else await policy.failed(address, name);
  return right ? 'in' : 'wrong';
}

async function times(count: number, login: (i: number) => Promise<Attempt>): Promise<Attempt[]> {
  const outcomes: Attempt[] = [];
  for (let i = 0; i < count; i++) outcomes.push(await login(i));
  return outcomes;
}

/** A stranger who guesses alice's password from 50 addresses, as often as the policy lets each. */
async function attackAlice(policy: LoginPolicy): Promise<Attempt[]> {
  return times(1000, (i) => attempt(policy, `203.0.113.${i % 50}`, 'alice'));
}

describe('LoginPolicy', () => {
  let policy: LoginPolicy;

  beforeEach(() => {
    jest.useFakeTimers({ now: 1_700_000_000_000 });
    policy = new LoginPolicy(DEFAULT_LOGIN_LIMITS);
  });
  afterEach(() => jest.useRealTimers());

  describe('a right password is never refused for the failures of other addresses', () => {
    it('from an address with a good record for the name', async () => {
      expect(await attempt(policy, '10.0.0.1', 'alice', true)).toBe('in');
      await attackAlice(policy);
      expect(await attempt(policy, '10.0.0.1', 'alice', true)).toBe('in');
      jest.advanceTimersByTime(13 * DAY);
      expect(await attempt(policy, '10.0.0.1', 'alice', true)).toBe('in');
    });

    it('from a fresh address (one that has not failed), at its first try', async () => {
      await attackAlice(policy);
      expect(await attempt(policy, '10.0.0.2', 'alice', true)).toBe('in');
    });

    it('from an address with a good record, even when that address is blocked for others', async () => {
      expect(await attempt(policy, '10.0.0.3', 'bob', true)).toBe('in');
      await times(100, (i) => attempt(policy, '10.0.0.3', `name-${i}`));
      expect(await attempt(policy, '10.0.0.3', 'carol', true)).toBe('blocked');
      expect(await attempt(policy, '10.0.0.3', 'bob', true)).toBe('in');
    });
  });

  it('blocks an address and name after 10 failures in a row, for every password, for an hour', async () => {
    expect(await times(10, () => attempt(policy, '10.0.0.4', 'alice'))).not.toContain('blocked');
    expect(await policy.check('10.0.0.4', 'alice')).toEqual({ allowed: false, retryAfterSeconds: 3600 });
    expect(await attempt(policy, '10.0.0.4', 'alice', true)).toBe('blocked');
    expect(await attempt(policy, '10.0.0.4', 'bob', true)).toBe('in');
    jest.advanceTimersByTime(HOUR);
    expect(await attempt(policy, '10.0.0.4', 'alice', true)).toBe('in');
  });

  it('starts counting failures in a row again after a success', async () => {
    await times(9, () => attempt(policy, '10.0.0.5', 'alice'));
    await attempt(policy, '10.0.0.5', 'alice', true);
    expect(await times(9, () => attempt(policy, '10.0.0.5', 'alice'))).not.toContain('blocked');
    expect(await attempt(policy, '10.0.0.5', 'alice', true)).toBe('in');
  });

  it('blocks an address after 100 failures a day at any names, for a day, and logins without a name', async () => {
    const outcomes = await times(150, (i) => attempt(policy, '10.0.0.6', `name-${i}`));
    expect(outcomes.filter((outcome) => outcome === 'wrong')).toHaveLength(100);
    expect(await policy.check('10.0.0.6', 'dave')).toEqual({ allowed: false, retryAfterSeconds: 86_400 });
    expect(await policy.check('10.0.0.6', undefined)).toMatchObject({ allowed: false });
    expect(await policy.check('10.0.0.7', undefined)).toEqual({ allowed: true });
    jest.advanceTimersByTime(DAY);
    expect(await attempt(policy, '10.0.0.6', 'dave', true)).toBe('in');
  });

  it('counts failures without a name (a live token that is not one) for the address', async () => {
    for (let i = 0; i < 100; i++) await policy.failed('10.0.0.8', undefined);
    expect(await policy.check('10.0.0.8', 'alice')).toMatchObject({ allowed: false });
  });

  it('bounds guesses at one name over 15 minutes to 10 plus one per address without a good record', async () => {
    const outcomes = await attackAlice(policy);
    expect(outcomes.filter((outcome) => outcome === 'wrong').length).toBeLessThanOrEqual(10 + 50);
    expect(await policy.check('203.0.113.7', 'alice')).toEqual({ allowed: false, retryAfterSeconds: 900 });
    expect(await attempt(policy, '203.0.113.7', 'bob', true)).toBe('in');
    jest.advanceTimersByTime(15 * MINUTE);
    expect(await attempt(policy, '203.0.113.7', 'alice', true)).toBe('in');
  });

  it('holds back only addresses without a good record while a name is under attack', async () => {
    await attempt(policy, '10.0.0.9', 'alice', true);
    await attackAlice(policy);
    expect(await attempt(policy, '10.0.0.9', 'alice')).toBe('wrong');
    expect(await attempt(policy, '10.0.0.9', 'alice', true)).toBe('in');
    expect(await attempt(policy, '10.0.0.10', 'alice')).toBe('wrong');
    expect(await policy.check('10.0.0.10', 'alice')).toMatchObject({ allowed: false });
  });

  it('lets a good record lapse two weeks after the last success', async () => {
    await attempt(policy, '10.0.0.11', 'alice', true);
    jest.advanceTimersByTime(14 * DAY);
    await attackAlice(policy);
    await attempt(policy, '10.0.0.11', 'alice');
    expect(await policy.check('10.0.0.11', 'alice')).toMatchObject({ allowed: false });
  });

  it('counts an IPv6 client under its /64 and an IPv4-mapped one as IPv4', async () => {
    await times(10, (i) => attempt(policy, `2001:db8:0:1::${i + 1}`, 'alice'));
    expect(await policy.check('2001:db8::1:ffff:ffff:ffff:ffff', 'alice')).toMatchObject({ allowed: false });
    expect(await policy.check('2001:db8:0:2::1', 'alice')).toEqual({ allowed: true });
    await times(10, () => attempt(policy, '::ffff:10.0.0.12', 'alice'));
    expect(await policy.check('10.0.0.12', 'alice')).toMatchObject({ allowed: false });
  });
});
