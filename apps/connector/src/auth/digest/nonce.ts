import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const TIMESTAMP_BYTES = 8;
const RANDOM_BYTES = 8;
const MAC_BYTES = 16;
const NONCE_BYTES = TIMESTAMP_BYTES + RANDOM_BYTES + MAC_BYTES;
const NONCE_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export type NonceCheck =
  { status: 'fresh'; issuedAt: number } | { status: 'stale'; issuedAt: number } | { status: 'invalid' };

/**
 * A stateless nonce: issue time, random bytes and an HMAC over both with the server's secret,
 * base64url-encoded. The server recognises its own nonces and their age without storing them.
 */
export function issueNonce(secret: Buffer, issuedAt: number): string {
  const body = Buffer.alloc(TIMESTAMP_BYTES + RANDOM_BYTES);
  body.writeBigUInt64BE(BigInt(Math.max(0, Math.floor(issuedAt))));
  randomBytes(RANDOM_BYTES).copy(body, TIMESTAMP_BYTES);
  return Buffer.concat([body, mac(secret, body)]).toString('base64url');
}

/** Whether `nonce` was issued with `secret`, and whether it is younger than `ttlMs` at `now`. */
export function checkNonce(nonce: string, secret: Buffer, now: number, ttlMs: number): NonceCheck {
  if (!NONCE_PATTERN.test(nonce)) return { status: 'invalid' };
  const bytes = Buffer.from(nonce, 'base64url');
  if (bytes.length !== NONCE_BYTES || bytes.toString('base64url') !== nonce) return { status: 'invalid' };
  const body = bytes.subarray(0, TIMESTAMP_BYTES + RANDOM_BYTES);
  if (!timingSafeEqual(bytes.subarray(TIMESTAMP_BYTES + RANDOM_BYTES), mac(secret, body))) {
    return { status: 'invalid' };
  }
  const issuedAt = Number(body.readBigUInt64BE(0));
  return now - issuedAt > ttlMs ? { status: 'stale', issuedAt } : { status: 'fresh', issuedAt };
}

function mac(secret: Buffer, body: Buffer): Buffer {
  return createHmac('sha256', secret).update('nonce').update(body).digest().subarray(0, MAC_BYTES);
}
