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

/** Where FreeSWITCH's writer stops escaping a value: at its first `<!`. */
export function unescapedTail(value: string): string {
  const bang = value.indexOf('<!');
  return bang === -1 ? '' : value.slice(bang);
}

/**
 * Any value FreeSWITCH can hold and write back readably: XML characters and the noncharacters U+FFFE
 * and U+FFFF, `<!` favoured, and no `"` after a `<!` (FreeSWITCH would write it raw, ending the value).
 */
export function freeswitchValue(): fc.Arbitrary<string> {
  const unit = fc.oneof(xmlChar, fc.constantFrom('<!', '\uFFFE', '\uFFFF'));
  return fc.string({ unit, maxLength: 12 }).map((value) => {
    const tail = unescapedTail(value);
    return value.slice(0, value.length - tail.length) + tail.replaceAll('"', "'");
  });
}
