import { constantTimeEqual } from './constant-time';
import type { DigestCredentials } from './digest-credentials';
import { computeDigestResponse } from './digest-hash';
import { checkNonce } from './nonce';

export interface DigestVerificationInput {
  credentials: DigestCredentials;
  /** The request's method and request target (path and query, exactly as received). */
  method: string;
  requestUri: string;
  /** The directory's name and password for `credentials.username`. */
  username: string;
  password: string;
  realm: string;
  opaque: string;
  secret: Buffer;
  now: number;
  nonceTtlMs: number;
}

export type DigestRejection = 'userhash' | 'qop' | 'realm' | 'opaque' | 'uri';

export type DigestVerdict =
  | { outcome: 'valid'; nonceIssuedAt: number; nc: number }
  /** The response was right for a nonce that has expired or is not ours (a previous process's): answer `stale=true`. */
  | { outcome: 'stale' }
  | { outcome: 'wrong-response' }
  /** Not an answer to one of our challenges; says nothing about the password. */
  | { outcome: 'rejected'; reason: DigestRejection };

const NONCE_COUNT = /^[0-9a-fA-F]{8}$/;

/**
 * Checks Digest credentials for `qop=auth` (RFC 7616 §3.4): the challenge parameters must be ours and
 * the uri the request's own; then the response is compared in constant time, and only a right response
 * is checked for a fresh nonce of ours. A right response to an expired nonce, or to one this process did
 * not issue (it was restarted), is `stale`: the client retries with a new nonce without asking its user.
 */
export function verifyDigestResponse(input: DigestVerificationInput): DigestVerdict {
  const { credentials } = input;
  const counted = countedRequest(credentials);
  if (counted === undefined) return { outcome: 'rejected', reason: 'qop' };
  const rejection = findRejection(input);
  if (rejection !== undefined) return { outcome: 'rejected', reason: rejection };
  const nonce = checkNonce(credentials.nonce, input.secret, input.now, input.nonceTtlMs);
  const expected = computeDigestResponse({
    algorithm: credentials.algorithm,
    username: input.username,
    realm: input.realm,
    password: input.password,
    method: input.method,
    uri: credentials.uri,
    nonce: credentials.nonce,
    ...counted,
  });
  if (!constantTimeEqual(expected, credentials.response.toLowerCase())) return { outcome: 'wrong-response' };
  if (nonce.status !== 'fresh') return { outcome: 'stale' };
  return { outcome: 'valid', nonceIssuedAt: nonce.issuedAt, nc: parseInt(counted.nc, 16) };
}

/** The `nc` and `cnonce` that `qop=auth` requires; undefined without them (RFC 2069 style credentials). */
function countedRequest({ qop, nc, cnonce }: DigestCredentials): { nc: string; cnonce: string } | undefined {
  if (qop?.toLowerCase() !== 'auth' || nc === undefined || !NONCE_COUNT.test(nc) || !cnonce) return undefined;
  return { nc, cnonce };
}

function findRejection({
  credentials,
  realm,
  opaque,
  requestUri,
}: DigestVerificationInput): DigestRejection | undefined {
  if (credentials.userhash) return 'userhash';
  if (credentials.realm !== realm) return 'realm';
  if (credentials.opaque !== undefined && credentials.opaque !== opaque) return 'opaque';
  if (credentials.uri !== requestUri) return 'uri';
  return undefined;
}
