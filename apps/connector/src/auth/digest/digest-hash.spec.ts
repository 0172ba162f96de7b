import { computeDigestResponse, digestHash, parseDigestAlgorithm } from './digest-hash';
import { RFC7616_EXAMPLE as example } from '../test-support/rfc7616-example';

describe('computeDigestResponse', () => {
  it('gives the MD5 response of RFC 7616 §3.9.1', () => {
    expect(computeDigestResponse({ ...example, algorithm: 'MD5' })).toBe(example.md5Response);
  });

  it('gives the SHA-256 response of RFC 7616 §3.9.1', () => {
    expect(computeDigestResponse({ ...example, algorithm: 'SHA-256' })).toBe(example.sha256Response);
  });

  it('hashes the UTF-8 bytes of names and passwords', () => {
    expect(digestHash('MD5', 'ä')).toBe('8419b71c87a225a2c70b50486fbee545');
  });
});

describe('parseDigestAlgorithm', () => {
  it('knows MD5 and SHA-256 in any case, and means MD5 when the parameter is absent', () => {
    expect(parseDigestAlgorithm('md5')).toBe('MD5');
    expect(parseDigestAlgorithm('sha-256')).toBe('SHA-256');
    expect(parseDigestAlgorithm(undefined)).toBe('MD5');
  });

  it('refuses the algorithms it does not implement', () => {
    expect(parseDigestAlgorithm('MD5-sess')).toBeUndefined();
    expect(parseDigestAlgorithm('SHA-512-256')).toBeUndefined();
  });
});
