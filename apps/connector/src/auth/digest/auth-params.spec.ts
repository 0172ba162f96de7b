import { parseChallenges, parseCredentialsHeader } from './auth-params';

describe('parseCredentialsHeader', () => {
  it('reads quoted and unquoted parameters in any order, names case-insensitive', () => {
    const parsed = parseCredentialsHeader('Digest NC=00000001 , username = "a b", qop=auth,realm="r"');
    expect(parsed?.scheme).toBe('Digest');
    expect([...parsed!.params]).toEqual([
      ['nc', '00000001'],
      ['username', 'a b'],
      ['qop', 'auth'],
      ['realm', 'r'],
    ]);
  });

  it('resolves backslash escapes inside quoted strings', () => {
    const parsed = parseCredentialsHeader('Digest username="say \\"hi\\" \\\\ \\o", uri="/a,b"');
    expect(parsed?.params.get('username')).toBe('say "hi" \\ o');
    expect(parsed?.params.get('uri')).toBe('/a,b');
  });

  it('tolerates empty list elements and surrounding whitespace', () => {
    expect(parseCredentialsHeader('  Digest ,, a=1 ,  , b="2",  ')?.params.size).toBe(2);
  });

  it.each([
    ['no parameters after the scheme', 'Digest'],
    ['no space after the scheme', 'Digest,a=1'],
    ['an unterminated quoted string', 'Digest a="open'],
    ['a dangling escape', 'Digest a="x\\'],
    ['a control character in a quoted string', 'Digest a="x\u0000y"'],
    ['a repeated parameter', 'Digest a=1, A=2'],
    ['a parameter without a value', 'Digest a=, b=1'],
    ['a bare word', 'Digest a=1, oops'],
    ['two values without a comma', 'Digest a=1 b=2'],
    ['a quoted name', 'Digest "a"=1'],
    ['an empty string', ''],
  ])('refuses %s', (_case, header) => {
    expect(parseCredentialsHeader(header)).toBeUndefined();
  });

  it('keeps a parameter named like an Object property as data', () => {
    const parsed = parseCredentialsHeader('Digest __proto__="x", constructor=y');
    expect(parsed?.params.get('__proto__')).toBe('x');
    expect(parsed?.params.get('constructor')).toBe('y');
  });
});

describe('parseChallenges', () => {
  it('splits several Digest challenges joined into one value, as fetch joins header lines', () => {
    const challenges = parseChallenges(
      'Digest realm="r", qop="auth", algorithm=MD5, nonce="n,1", Digest realm="r", algorithm=SHA-256, nonce="n2"',
    );
    expect(challenges?.map((c) => [c.scheme, c.params.get('algorithm'), c.params.get('nonce')])).toEqual([
      ['Digest', 'MD5', 'n,1'],
      ['Digest', 'SHA-256', 'n2'],
    ]);
  });

  it('reads other schemes, with token68 or without parameters (RFC 9110 §11.6.1 example)', () => {
    const challenges = parseChallenges(
      'Newauth realm="apps", type=1, title="Login to \\"apps\\"", Basic realm="simple", Negotiate abc+/d==, Bare',
    );
    expect(challenges?.map((c) => c.scheme)).toEqual(['Newauth', 'Basic', 'Negotiate', 'Bare']);
    expect(challenges?.[0]?.params.get('title')).toBe('Login to "apps"');
    expect(challenges?.[2]?.params.size).toBe(0);
  });

  it('refuses garbage', () => {
    expect(parseChallenges('Digest realm="unterminated')).toBeUndefined();
    expect(parseChallenges('"quoted" scheme')).toBeUndefined();
  });

  it('gives no challenge for an empty value', () => {
    expect(parseChallenges('')).toEqual([]);
  });
});
