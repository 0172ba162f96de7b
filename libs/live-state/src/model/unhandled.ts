/**
 * Closes an exhaustive switch: the compiler rejects a case left out, and at run time a value of an
 * unknown type (an event written by a newer version) yields the fallback instead of failing.
 */
export function unhandled<T>(_value: never, fallback: T): T {
  return fallback;
}
