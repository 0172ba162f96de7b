import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares two strings in time that depends on neither their content nor their lengths:
 * both are hashed to a fixed size first, then compared with `timingSafeEqual`.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const digestA = createHash('sha256').update(a, 'utf8').digest();
  const digestB = createHash('sha256').update(b, 'utf8').digest();
  return timingSafeEqual(digestA, digestB);
}
