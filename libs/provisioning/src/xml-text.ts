/** Characters XML 1.0 does not allow at all, not even as character references. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Drops characters no XML document may contain; escaping is left to the templates. */
export function xmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/** Applies xmlChars to every string inside a view model. */
export function withXmlChars<T>(value: T): T {
  if (typeof value === 'string') return xmlChars(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => withXmlChars(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withXmlChars(item)])) as T;
  }
  return value;
}

/** The inside of a SIP quoted-string (RFC 3261 display name): backslash and quote escaped, no line breaks. */
export function sipQuoted(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\"]/g, (ch) => `\\${ch}`);
}
