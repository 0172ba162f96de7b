/** Characters XML 1.0 does not allow at all, not even as character references. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * A value as one line of text XML can carry: tabs and line breaks become spaces (XML parsers turn
 * them into spaces inside attributes anyway, and every provisioned setting is a single line), and
 * characters no XML document may contain are dropped. Escaping is left to the templates.
 */
export function xmlLine(text: string): string {
  return text.replace(/[\t\r\n]/g, ' ').replace(NOT_XML_CHAR, '');
}

/** Applies xmlLine to every string inside a view model. */
export function withXmlLines<T>(value: T): T {
  if (typeof value === 'string') return xmlLine(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => withXmlLines(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withXmlLines(item)])) as T;
  }
  return value;
}

/** The inside of a SIP quoted-string (RFC 3261 display name): backslashes and quotes escaped. */
export function sipQuoted(text: string): string {
  return text.replace(/[\\"]/g, (ch) => `\\${ch}`);
}
