import { checkNonce, issueNonce } from './nonce';

const secret = Buffer.alloc(32, 7);
const ttl = 300_000;
const t0 = 1_700_000_000_000;

describe('nonces', () => {
  it('recognises its own nonce and its issue time', () => {
    const nonce = issueNonce(secret, t0);
    expect(nonce).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(checkNonce(nonce, secret, t0 + ttl, ttl)).toEqual({ status: 'fresh', issuedAt: t0 });
  });

  it('calls a nonce older than the lifetime stale', () => {
    expect(checkNonce(issueNonce(secret, t0), secret, t0 + ttl + 1, ttl)).toEqual({
      status: 'stale',
      issuedAt: t0,
    });
  });

  it('issues a different nonce every time', () => {
    expect(issueNonce(secret, t0)).not.toBe(issueNonce(secret, t0));
  });

  it('refuses a nonce made with another secret', () => {
    expect(checkNonce(issueNonce(Buffer.alloc(32, 8), t0), secret, t0, ttl)).toEqual({ status: 'invalid' });
  });

  it('refuses a nonce with any character changed, including a younger issue time', () => {
    const nonce = issueNonce(secret, t0);
    for (let i = 0; i < nonce.length; i += 1) {
      const tampered = nonce.slice(0, i) + (nonce[i] === 'A' ? 'B' : 'A') + nonce.slice(i + 1);
      expect(checkNonce(tampered, secret, t0, ttl)).toEqual({ status: 'invalid' });
    }
  });

  it.each(['', 'abc', '7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v', 'x'.repeat(43), 'é'.repeat(43)])(
    'refuses %j',
    (nonce) => {
      expect(checkNonce(nonce, secret, t0, ttl)).toEqual({ status: 'invalid' });
    },
  );
});
