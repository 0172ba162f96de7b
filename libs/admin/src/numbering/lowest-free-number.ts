import type { NumberRange } from '@fscon/contracts';

/** The lowest number of the range that is not taken, as a string; undefined when the range is full. */
export function lowestFreeNumber(range: NumberRange, taken: ReadonlySet<string>): string | undefined {
  for (let n = range.first; n <= range.last; n++) {
    if (!taken.has(String(n))) return String(n);
  }
  return undefined;
}

/** The message of an element that cannot get a number because its context's range is full. */
export function rangeExhausted(kind: 'user id' | 'conference number', context: string, range: NumberRange) {
  return `no free ${kind} left in the ${context} range ${range.first}-${range.last}`;
}
