import { createHash } from 'node:crypto';
import { DIGEST_ALGORITHMS, type DigestAlgorithm } from './digest-hash';

export interface ChallengeInput {
  realm: string;
  nonce: string;
  opaque: string;
  /** True when the client's credentials were right but its nonce had expired: it may retry without asking. */
  stale?: boolean;
  algorithms?: readonly DigestAlgorithm[];
}

/**
 * One `WWW-Authenticate` value per algorithm, in the order given (MD5 first by default: curl and many phones
 * read only the first Digest challenge). All share the nonce, so the client may answer any of them.
 */
export function buildChallenges(input: ChallengeInput): string[] {
  return (input.algorithms ?? DIGEST_ALGORITHMS).map((algorithm) =>
    [
      `Digest realm=${quote(input.realm)}`,
      'qop="auth"',
      `algorithm=${algorithm}`,
      `nonce=${quote(input.nonce)}`,
      `opaque=${quote(input.opaque)}`,
      'charset=UTF-8',
      ...(input.stale ? ['stale=true'] : []),
    ].join(', '),
  );
}

/** A quoted-string: backslash before `"` and `\`. */
export function quote(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/**
 * The `opaque` value of every challenge. It carries nothing (the nonce is self-verifying) but clients must
 * echo it; it depends on the realm only, so it survives a restart and answers to old challenges still match.
 */
export function deriveOpaque(realm: string): string {
  return createHash('sha256').update(`opaque:${realm}`).digest().subarray(0, 16).toString('base64url');
}
