import type { DigestCredentials } from './digest-credentials';
import { computeDigestResponse, type DigestAlgorithm } from './digest-hash';
import { deriveOpaque } from './challenge';
import { issueNonce } from './nonce';
import { verifyDigestResponse, type DigestVerificationInput } from './verify-digest';

const secret = Buffer.alloc(32, 3);
const opaque = deriveOpaque('fscon');
const t0 = 1_700_000_000_000;
const ttl = 300_000;

function answer(algorithm: DigestAlgorithm, overrides: Partial<DigestCredentials> = {}): DigestCredentials {
  const base = { username: 'alice', realm: 'fscon', nonce: issueNonce(secret, t0), uri: '/api/users?x=1' };
  const counted = { nc: '0000000a', cnonce: 'c1' };
  const response = computeDigestResponse({ ...base, ...counted, algorithm, password: 'pw', method: 'GET' });
  return { ...base, ...counted, algorithm, response, qop: 'auth', opaque, userhash: false, ...overrides };
}

function verify(credentials: DigestCredentials, overrides: Partial<DigestVerificationInput> = {}) {
  return verifyDigestResponse({
    credentials,
    method: 'GET',
    requestUri: '/api/users?x=1',
    username: 'alice',
    password: 'pw',
    realm: 'fscon',
    opaque,
    secret,
    now: t0 + 1000,
    nonceTtlMs: ttl,
    ...overrides,
  });
}

describe('verifyDigestResponse', () => {
  it.each(['MD5', 'SHA-256'] as const)(
    'accepts a right %s answer and reports the nonce count',
    (algorithm) => {
      expect(verify(answer(algorithm))).toEqual({ outcome: 'valid', nonceIssuedAt: t0, nc: 10 });
    },
  );

  it('accepts upper-case hex and a client that leaves out opaque', () => {
    const credentials = answer('MD5');
    expect(verify({ ...credentials, response: credentials.response.toUpperCase() }).outcome).toBe('valid');
    expect(verify({ ...credentials, opaque: undefined }).outcome).toBe('valid');
  });

  it('reports a wrong password', () => {
    expect(verify(answer('MD5'), { password: 'other' })).toEqual({ outcome: 'wrong-response' });
  });

  it.each([
    ['response', { response: '0'.repeat(32) }],
    ['cnonce', { cnonce: 'c2' }],
    ['nc', { nc: '0000000b' }],
    ['algorithm', { algorithm: 'SHA-256' as const }],
  ])('reports a tampered %s as a wrong response', (_field, tampered) => {
    expect(verify({ ...answer('MD5'), ...tampered })).toEqual({ outcome: 'wrong-response' });
  });

  it('reports a wrong response when the method differs from the one hashed', () => {
    expect(verify(answer('MD5'), { method: 'POST' })).toEqual({ outcome: 'wrong-response' });
  });

  it.each([
    ['uri', { uri: '/api/users' }, 'uri'],
    ['realm', { realm: 'other' }, 'realm'],
    ['opaque', { opaque: 'other' }, 'opaque'],
    ['userhash', { userhash: true }, 'userhash'],
    ['qop', { qop: 'auth-int' }, 'qop'],
    ['missing qop', { qop: undefined }, 'qop'],
    ['missing cnonce', { cnonce: undefined }, 'qop'],
    ['short nc', { nc: '1' }, 'qop'],
  ])('rejects a changed %s before looking at the password', (_field, tampered, reason) => {
    expect(verify({ ...answer('MD5'), ...tampered }, { password: 'wrong' })).toEqual({
      outcome: 'rejected',
      reason,
    });
  });

  it('rejects a request whose uri is not the one answered', () => {
    expect(verify(answer('MD5'), { requestUri: '/api/other' })).toEqual({
      outcome: 'rejected',
      reason: 'uri',
    });
  });

  it('calls an expired nonce stale only when the response is right', () => {
    const late = { now: t0 + ttl + 1 };
    expect(verify(answer('SHA-256'), late)).toEqual({ outcome: 'stale' });
    expect(verify(answer('SHA-256'), { ...late, password: 'guess' })).toEqual({ outcome: 'wrong-response' });
  });

  it('calls a right answer to a nonce it did not issue stale, so a restart costs no login prompt', () => {
    const foreign = answer('MD5');
    const otherSecret = { secret: Buffer.alloc(32, 4) };
    expect(verify(foreign, otherSecret)).toEqual({ outcome: 'stale' });
    expect(verify(foreign, { ...otherSecret, password: 'guess' })).toEqual({ outcome: 'wrong-response' });
  });

  it('reports a tampered nonce as a wrong response', () => {
    const credentials = answer('MD5');
    const nonce = credentials.nonce.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    expect(verify({ ...credentials, nonce })).toEqual({ outcome: 'wrong-response' });
  });
});
