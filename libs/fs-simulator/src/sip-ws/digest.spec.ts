import { createHash } from 'node:crypto';
import { DigestRealm, parseDigest } from './digest';

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

function answer(challenge: string, password: string, qop = true): string {
  const { realm = '', nonce = '' } = parseDigest(challenge.replace(/^WWW-Authenticate:\s*/, ''));
  const uri = `sip:${realm}`;
  const ha1 = md5(`20000:${realm}:${password}`);
  const ha2 = md5(`REGISTER:${uri}`);
  const response = qop ? md5(`${ha1}:${nonce}:00000001:abc:auth:${ha2}`) : md5(`${ha1}:${nonce}:${ha2}`);
  const fields = `username="20000", realm="${realm}", nonce="${nonce}", uri="${uri}", response="${response}"`;
  return `Digest ${fields}${qop ? ', qop=auth, nc=00000001, cnonce="abc"' : ''}, algorithm=MD5`;
}

describe('DigestRealm', () => {
  const passwords = (id: string) => (id === '20000' ? 'secret' : undefined);

  it('accepts an answer to its challenge with the right password, with or without qop', () => {
    const realm = new DigestRealm();
    expect(realm.verify('REGISTER', answer(realm.challenge('127.0.0.1'), 'secret'), passwords)).toBe('20000');
    expect(realm.verify('REGISTER', answer(realm.challenge('127.0.0.1'), 'secret', false), passwords)).toBe(
      '20000',
    );
  });

  it('refuses a wrong password, a nonce it did not hand out and an unknown user', () => {
    const realm = new DigestRealm();
    expect(
      realm.verify('REGISTER', answer(realm.challenge('127.0.0.1'), 'wrong'), passwords),
    ).toBeUndefined();
    const foreign = answer(new DigestRealm().challenge('127.0.0.1'), 'secret');
    expect(realm.verify('REGISTER', foreign, passwords)).toBeUndefined();
    expect(realm.verify('REGISTER', answer(realm.challenge('x'), 'secret'), () => undefined)).toBeUndefined();
    expect(realm.verify('REGISTER', '', passwords)).toBeUndefined();
  });
});
