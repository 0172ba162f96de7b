/** An XML `Name`, close enough for element and attribute names (ASCII exactly, the rest permissively). */
export const XML_NAME = /^[A-Za-z_:\u00C0-\uFFFF][\w:.\-\u00B7-\uFFFF]*$/;

export const [GT, SLASH, BANG, QUESTION] = ['>', '/', '!', '?'].map((c) => c.charCodeAt(0));

export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
}

/** The end of an element name in a start tag. */
export function endsName(code: number): boolean {
  return isSpace(code) || code === SLASH || code === GT;
}
