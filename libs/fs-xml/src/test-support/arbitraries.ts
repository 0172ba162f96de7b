import fc from 'fast-check';
import { isXmlChar } from '../parse/xml-entities';

/** Any character XML can carry, with the ones that need escaping and some non-ASCII ones favoured. */
const xmlChar = fc
  .oneof(
    fc.constantFrom('&', '<', '>', '"', "'", ';', '#', ' ', '\t', '\n', '\r', '0', 'é', '😀', '中'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  )
  .filter((char) => isXmlChar(char.codePointAt(0)!));

export function xmlString(
  constraints: { minLength?: number; maxLength?: number } = {},
): fc.Arbitrary<string> {
  return fc.string({ unit: xmlChar, maxLength: 12, ...constraints });
}
