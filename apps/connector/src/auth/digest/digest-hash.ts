import { createHash } from 'node:crypto';

/** The algorithms offered, in the order the challenges list them: MD5 first, because phones and curl take the first. */
export const DIGEST_ALGORITHMS = ['MD5', 'SHA-256'] as const;
export type DigestAlgorithm = (typeof DIGEST_ALGORITHMS)[number];

const NODE_HASH: Record<DigestAlgorithm, string> = { MD5: 'md5', 'SHA-256': 'sha256' };

/** The algorithm named by an `algorithm` parameter (case-insensitive); an absent one means MD5 (RFC 7616 §3.3). */
export function parseDigestAlgorithm(value: string | undefined): DigestAlgorithm | undefined {
  if (value === undefined) return 'MD5';
  return DIGEST_ALGORITHMS.find((algorithm) => algorithm.toLowerCase() === value.toLowerCase());
}

/** H(data): the lower-case hex hash of the UTF-8 bytes of `data`. */
export function digestHash(algorithm: DigestAlgorithm, data: string): string {
  return createHash(NODE_HASH[algorithm]).update(data, 'utf8').digest('hex');
}

export interface DigestResponseInput {
  algorithm: DigestAlgorithm;
  username: string;
  realm: string;
  password: string;
  method: string;
  uri: string;
  nonce: string;
  nc: string;
  cnonce: string;
}

/** The `response` value for `qop=auth` (RFC 7616 §3.4.1): KD(H(A1), nonce:nc:cnonce:qop:H(A2)). */
export function computeDigestResponse(input: DigestResponseInput): string {
  const { algorithm } = input;
  const ha1 = digestHash(algorithm, `${input.username}:${input.realm}:${input.password}`);
  const ha2 = digestHash(algorithm, `${input.method}:${input.uri}`);
  return digestHash(algorithm, `${ha1}:${input.nonce}:${input.nc}:${input.cnonce}:auth:${ha2}`);
}
