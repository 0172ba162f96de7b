import type { User, XmlState } from '@fscon/contracts';
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

function login(ready = true) {
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
  return new LiveLogin(xml, tokens);
}

const query = (text: string) => new URLSearchParams(text);

describe('LiveLogin', () => {
  it('checks name and password together: two users with one password get their own rights', () => {
    const live = login();
    expect(live.login(query('login=ann:same-pw'), 'a')).toEqual({ kind: 'authenticated', user: ANN });
    expect(live.login(query('login=bob:same-pw'), 'a')).toEqual({ kind: 'authenticated', user: BOB });
    expect(live.login(query('login=same-pw'), 'a')).toEqual({ kind: 'refused' });
    expect(live.login(query('login=:same-pw'), 'a')).toEqual({ kind: 'refused' });
    expect(live.login(query('login=ann:other'), 'a')).toEqual({ kind: 'refused' });
  });

  it('splits at the first colon, so a password may hold colons, and decodes percent-encoding', () => {
    const live = login();
    expect(live.login(query('login=carl:pass:word'), 'a')).toEqual({ kind: 'authenticated', user: CARL });
    expect(live.login(query('login=ann%3Asame-pw'), 'a')).toEqual({ kind: 'authenticated', user: ANN });
  });

  it('lets a token in as the user it was issued to, in place of a login', () => {
    const live = login();
    expect(live.login(query('token=good-token'), 'a')).toEqual({ kind: 'authenticated', user: BOB });
    expect(live.login(query('token=bad&login=ann:same-pw'), 'a')).toEqual({ kind: 'refused' });
    expect(live.login(query(''), 'a')).toEqual({ kind: 'refused' });
  });

  it('refuses an address after too many failures, while others may still log in', () => {
    const live = login();
    for (let i = 0; i < 10; i++) live.login(query('login=ann:wrong'), 'mallory', 1000);
    expect(live.login(query('login=ann:same-pw'), 'mallory', 1000)).toMatchObject({ kind: 'rate-limited' });
    expect(live.login(query('login=ann:same-pw'), 'alice', 1000)).toMatchObject({ kind: 'authenticated' });
  });

  it('lets no one in before the directory is read', () => {
    expect(login(false).login(query('login=ann:same-pw'), 'a')).toEqual({ kind: 'not-ready' });
  });
});
