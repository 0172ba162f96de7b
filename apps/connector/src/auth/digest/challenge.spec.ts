import { parseChallenges } from './auth-params';
import { buildChallenges, deriveOpaque } from './challenge';

describe('buildChallenges', () => {
  it('offers MD5 first, then SHA-256, with qop=auth, the nonce and the opaque value', () => {
    expect(buildChallenges({ realm: 'fscon', nonce: 'n1', opaque: 'o1' })).toEqual([
      'Digest realm="fscon", qop="auth", algorithm=MD5, nonce="n1", opaque="o1", charset=UTF-8',
      'Digest realm="fscon", qop="auth", algorithm=SHA-256, nonce="n1", opaque="o1", charset=UTF-8',
    ]);
  });

  it('adds stale=true when asked and quotes the realm', () => {
    const [challenge] = buildChallenges({ realm: 'say "hi"', nonce: 'n', opaque: 'o', stale: true });
    const [parsed] = parseChallenges(challenge!)!;
    expect(parsed?.params.get('realm')).toBe('say "hi"');
    expect(parsed?.params.get('stale')).toBe('true');
  });
});

describe('deriveOpaque', () => {
  it('gives one token-safe value per realm', () => {
    expect(deriveOpaque('fscon')).toMatch(/^[\w-]{22}$/);
    expect(deriveOpaque('fscon')).toBe(deriveOpaque('fscon'));
    expect(deriveOpaque('fscon')).not.toBe(deriveOpaque('other'));
  });
});
