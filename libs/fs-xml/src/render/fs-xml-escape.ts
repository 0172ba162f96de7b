/** Thrown when a value holds a character no XML document can carry. */
export class FsXmlRenderError extends Error {
  override readonly name = 'FsXmlRenderError';
}

const REFERENCES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  $: '&#36;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * A value for an attribute of a FreeSWITCH configuration file. Beyond XML's own escaping, FreeSWITCH
 * preprocesses its files line by line before parsing them: it expands `$${name}` anywhere and drops
 * every line that mentions X-PRE-PROCESS (in any case). So `$` is written as a character reference,
 * as are the hyphens of that word, and line breaks, which would split the line. The parser turns the
 * references back into the characters, so the loaded value is exactly `value`.
 */
export function escapeFsXmlValue(value: string): string {
  const bad = NOT_XML_CHAR.exec(value);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new FsXmlRenderError(`U+${code} cannot be written into an XML file`);
  }
  return value
    .replace(/[&<>"'$\t\n\r]/g, (char) => REFERENCES[char])
    .replace(/x-pre-process/gi, (word) => word.replace(/-/g, '&#45;'));
}
