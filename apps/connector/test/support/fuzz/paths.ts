import fc from 'fast-check';
import { fillPath, type Route } from './routes';
import { anyText, percentEncoded } from './values';

export interface PathVariant {
  label: string;
  method: string;
  /** The request target as it goes on the wire. */
  target: string;
}

const TRAVERSALS = [
  '..',
  '.',
  '%2e%2e',
  '..%2f..%2f..%2fetc%2fpasswd',
  '..%5c..%5cwindows',
  '%2e%2e%2f%2e%2e%2fpackage.json',
  '....%2f%2f',
  '%252e%252e%252f',
  '..%00.wav',
  '%c0%ae%c0%ae%c0%af',
];
const ENCODINGS = ['%', '%z', '%zz', '%ff%fe', '%00', '%0d%0a', '%e2%80%ae', '%uD800', '%%41', '+%20+'];

/** A parameter value: plausible, a traversal, a broken encoding, any text encoded, raw bytes, very long. */
const parameter = (plausible: readonly string[]) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...plausible) },
    { weight: 2, arbitrary: fc.constantFrom(...TRAVERSALS) },
    { weight: 2, arbitrary: fc.constantFrom(...ENCODINGS) },
    { weight: 2, arbitrary: anyText.map((text) => percentEncoded(text.slice(0, 2000))) },
    { weight: 1, arbitrary: anyText.map((text) => text.replace(/[\s\p{Cc}]/gu, '_').slice(0, 300)) },
    { weight: 1, arbitrary: fc.integer({ min: 300, max: 20000 }).map((length) => 'a'.repeat(length)) },
  );

const SUFFIXES = [
  '',
  '',
  '',
  '/',
  '//',
  '/.',
  '/..',
  '?',
  '?a=%zz',
  '?login=x:y',
  ';x=1',
  '#frag',
  '%2f',
  '/%2e%2e',
];
const PREFIXES = ['', '', '', '/', '/.', '/%2e', '//..'];
const METHODS = ['HEAD', 'OPTIONS', 'PATCH', 'TRACE', 'PROPFIND', 'get', 'X-FUZZ'];

/** Paths for a route: its own with odd parameters, with odd prefixes and suffixes, sometimes another method. */
export const pathVariant = (route: Route): fc.Arbitrary<PathVariant> =>
  fc
    .record({
      values: fc.tuple(...Object.values(route.params ?? {}).map((plausible) => parameter(plausible))),
      prefix: fc.constantFrom(...PREFIXES),
      suffix: fc.constantFrom(...SUFFIXES),
      method: fc.oneof({ weight: 5, arbitrary: fc.constant(route.method) }, fc.constantFrom(...METHODS)),
      upper: fc.boolean(),
    })
    .map(({ values, prefix, suffix, method, upper }) => {
      let index = 0;
      const filled = fillPath(route, () => values[index++] ?? 'x');
      const path = upper && filled.length < 200 ? filled.toUpperCase() : filled;
      const target = `${prefix}${path}${suffix}`;
      const shown = target.length > 80 ? `${target.slice(0, 60)}…(${target.length} chars)` : target;
      return { label: `${method} ${shown}`, method, target };
    });
