/** The text handed to a parser is not well-formed XML (or not XML at all, like `can't find anything`). */
export class XmlParseError extends Error {
  readonly code = 'FS_XML.MALFORMED';
  override readonly name = 'XmlParseError';

  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`malformed XML at line ${line}, column ${column}: ${reason}`);
  }

  /** Builds the error for a position (a UTF-16 offset) in `text`. */
  static at(text: string, offset: number, reason: string): XmlParseError {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return new XmlParseError(reason, line, column);
  }
}
