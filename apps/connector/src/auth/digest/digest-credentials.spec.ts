import fc from 'fast-check';
import { digestAuthorization } from '../../../test/support/digest-client';
import { RFC7616_EXAMPLE as example } from '../test-support/rfc7616-example';
import { parseDigestCredentials } from './digest-credentials';

const minimal = 'realm="r", nonce="n", uri="/", response="abc"';

describe('parseDigestCredentials', () => {
  it('reads the SHA-256 Authorization header of RFC 7616 §3.9.1', () => {
    expect(parseDigestCredentials(example.sha256Authorization)).toEqual({
      username: 'Mufasa',
      realm: 'http-auth@example.org',
      uri: '/dir/index.html',
      algorithm: 'SHA-256',
      nonce: example.nonce,
      nc: '00000001',
      cnonce: example.cnonce,
      qop: 'auth',
      response: example.sha256Response,
      opaque: example.opaque,
      userhash: false,
    });
  });

  it('means MD5 when no algorithm is named and accepts a lower-case scheme', () => {
    expect(parseDigestCredentials(`digest username="u", ${minimal}`)?.algorithm).toBe('MD5');
  });

  it('decodes an RFC 8187 username* (RFC 7616 §3.9.2)', () => {
    const header = `Digest username*=UTF-8''J%C3%A4s%C3%B8n%20Doe, ${minimal}`;
    expect(parseDigestCredentials(header)?.username).toBe('Jäsøn Doe');
    expect(parseDigestCredentials(`Digest username*=iso-8859-1'en'J%E4s, ${minimal}`)?.username).toBe('Jäs');
  });

  it('decodes a user name sent as raw UTF-8 bytes, as curl sends it', () => {
    const asNodeSeesIt = Buffer.from('Digest username="Jürgen \\"J\\"", ' + minimal, 'utf8').toString(
      'latin1',
    );
    expect(parseDigestCredentials(asNodeSeesIt)?.username).toBe('Jürgen "J"');
  });

  it('keeps a user name that is not valid UTF-8 as it came', () => {
    expect(parseDigestCredentials(`Digest username="J\u00fcrgen", ${minimal}`)?.username).toBe('Jürgen');
  });

  it.each([
    ['another scheme', `Basic dXNlcjpwYXNz`],
    ['both username and username*', `Digest username="a", username*=UTF-8''a, ${minimal}`],
    ['no user name', `Digest ${minimal}`],
    ['no response', 'Digest username="u", realm="r", nonce="n", uri="/"'],
    ['no nonce', 'Digest username="u", realm="r", uri="/", response="x"'],
    ['an unsupported algorithm', `Digest username="u", algorithm=MD5-sess, ${minimal}`],
    ['a username* in an unknown charset', `Digest username*=KOI8-R''x, ${minimal}`],
    ['a username* with bad percent-encoding', `Digest username*=UTF-8''%E4%, ${minimal}`],
    ['a username* that is not UTF-8', `Digest username*=UTF-8''%E4, ${minimal}`],
    ['a userhash that is neither true nor false', `Digest username="u", userhash=maybe, ${minimal}`],
    ['a repeated parameter', `Digest username="u", username="v", ${minimal}`],
    ['no header at all', undefined],
  ])('gives undefined for %s', (_case, header) => {
    expect(parseDigestCredentials(header)).toBeUndefined();
  });

  it('never throws, whatever the input', () => {
    const pieces = fc.constantFrom(
      'Digest ',
      'username',
      '=',
      '"',
      '\\',
      ',',
      ' ',
      "*=UTF-8''",
      '%',
      'é',
      'x',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces).map((parts) => parts.join('')),
        ),
        (header) => {
          expect(() => parseDigestCredentials(header)).not.toThrow();
        },
      ),
    );
  });

  it('reads back whatever a client writes, for any user name and uri', () => {
    const challenge = {
      scheme: 'Digest',
      params: new Map([
        ['realm', 'fscon'],
        ['nonce', 'n"o\\nce'],
        ['opaque', 'op'],
        ['algorithm', 'SHA-256'],
      ]),
    };
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: 'grapheme' }), fc.webPath(), (user, uri) => {
        const header = digestAuthorization({
          challenge,
          user,
          password: 'pw',
          method: 'GET',
          uri,
          cnonce: 'c',
        });
        expect(parseDigestCredentials(header)).toMatchObject({
          username: user,
          uri,
          nonce: 'n"o\\nce',
          algorithm: 'SHA-256',
          nc: '00000001',
          cnonce: 'c',
          opaque: 'op',
        });
      }),
    );
  });
});
