import fc from 'fast-check';

/** The fixed seed, and one that changes every run (or FUZZ_SEED, to replay a failure). */
export const SEEDS = [20_240_607, Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31))];

/** A seed of its own for each route, login and kind of case, so adding one changes no other. */
function seedFor(seed: number, keys: string[]): number {
  let hash = seed | 0;
  for (const char of keys.join('|')) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

/** `count` values of the arbitrary, the same for the same seed and keys. */
export function sample<T>(arbitrary: fc.Arbitrary<T>, seed: number, count: number, ...keys: string[]): T[] {
  return fc.sample(arbitrary, { seed: seedFor(seed, keys), numRuns: count });
}
