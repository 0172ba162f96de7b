import type { User, XmlState } from '@fscon/contracts';
import { DEFAULT_LOGIN_LIMITS } from '../../auth/login-policy/login-limits';
import { LoginPolicy } from '../../auth/login-policy/login-policy';
import { PasswordLogin } from '../../auth/password-login';
import type { LiveTokens } from '../../session/live-tokens';
import { XmlStateReadModel } from '../../xml-state/xml-state.read-model';
import { LiveLogin } from './live-login';

const user = (name: string, password: string, context: User['context']): User => ({
  id: name === 'ann' ? '20000' : '21000',
  name,
  password,
  conpin: '',
  context,
  email: '',
  polymac: '',
});
const ANN = user('ann', 'same-pw', 'team');
const BOB = user('bob', 'same-pw', 'friends');
const CARL = user('carl', 'pass:word', 'public');

function login(ready = true, policy = new LoginPolicy(DEFAULT_LOGIN_LIMITS)) {
  const xml = new XmlStateReadModel();
  const state: XmlState = {
    info: { reloadxml: { lastrun: '', lastmsg: '' }, maintainance: { lastrun: '' } },
    globals: {},
    users: [ANN, BOB, CARL],
    conferences: [],
    conferencetypes: [],
  };
  if (ready) xml.replace(state);
  const issued = new Map([['good-token', BOB]]);
  const tokens = { redeem: (token: string) => issued.get(token) } as unknown as LiveTokens;
  return new LiveLogin(xml, tokens, new PasswordLogin(xml, policy), policy);
}

const query = (text: string) => new URLSearchParams(text);

describe('LiveLogin', () => {
  it('checks name and password together: two users with one password get their own rights', async () => {
    const live = login();
    expect(await live.login(query('login=ann:same-pw'), 'a')).toEqual({ kind: 'authenticated', user: ANN });
    expect(await live.login(query('login=bob:same-pw'), 'a')).toEqual({ kind: 'authenticated', user: BOB });
    expect(await live.login(query('login=same-pw'), 'a')).toEqual({ kind: 'refused' });
    expect(await live.login(query('login=:same-pw'), 'a')).toEqual({ kind: 'refused' });
    expect(await live.login(query('login=ann:other'), 'a')).toEqual({ kind: 'refused' });
  });

  it('splits at the first colon, so a password may hold colons, and decodes percent-encoding', async () => {
    const live = login();
    expect(await live.login(query('login=carl:pass:word'), 'a')).toEqual({
      kind: 'authenticated',
      user: CARL,
    });
    expect(await live.login(query('login=ann%3Asame-pw'), 'a')).toEqual({ kind: 'authenticated', user: ANN });
  });

  it('lets a token in as the user it was issued to, in place of a login', async () => {
    const live = login();
    expect(await live.login(query('token=good-token'), 'a')).toEqual({ kind: 'authenticated', user: BOB });
    expect(await live.login(query('token=bad&login=ann:same-pw'), 'a')).toEqual({ kind: 'refused' });
    expect(await live.login(query(''), 'a')).toEqual({ kind: 'refused' });
  });

  it('refuses the upgrade while the shared budget says so, and counts its failures there', async () => {
    const policy = new LoginPolicy({ ...DEFAULT_LOGIN_LIMITS, pairFailures: 2 });
    const live = login(true, policy);
    await policy.failed('mallory', 'ann');
    expect(await live.login(query('login=ann:wrong'), 'mallory')).toEqual({ kind: 'refused' });
    expect(await live.login(query('login=ann:same-pw'), 'mallory')).toMatchObject({ kind: 'rate-limited' });
    expect(await live.login(query('login=ann:same-pw'), 'alice')).toMatchObject({ kind: 'authenticated' });
    expect(await policy.check('alice', 'ann')).toEqual({ allowed: true });
  });

  it('counts a token that is not one and a password without a name for the address', async () => {
    const policy = new LoginPolicy({ ...DEFAULT_LOGIN_LIMITS, addressFailures: 3 });
    const live = login(true, policy);
    expect(await live.login(query('token=bad'), 'mallory')).toEqual({ kind: 'refused' });
    expect(await live.login(query('login=same-pw'), 'mallory')).toEqual({ kind: 'refused' });
    expect(await live.login(query('login=:same-pw'), 'mallory')).toEqual({ kind: 'refused' });
    expect(await live.login(query('token=bad'), 'mallory')).toMatchObject({ kind: 'rate-limited' });
    expect(await live.login(query('login=ann:same-pw'), 'mallory')).toMatchObject({ kind: 'rate-limited' });
    expect(await live.login(query('token=good-token'), 'mallory')).toEqual({
      kind: 'authenticated',
      user: BOB,
    });
  });

  it('does not count a request that offers nothing', async () => {
    const policy = new LoginPolicy({ ...DEFAULT_LOGIN_LIMITS, addressFailures: 1 });
    const live = login(true, policy);
    expect(await live.login(query(''), 'a')).toEqual({ kind: 'refused' });
    expect(await live.login(query('login='), 'a')).toEqual({ kind: 'refused' });
    expect(await policy.check('a', undefined)).toEqual({ allowed: true });
  });

  it('lets no one in before the directory is read', async () => {
    expect(await login(false).login(query('login=ann:same-pw'), 'a')).toEqual({ kind: 'not-ready' });
  });
});
