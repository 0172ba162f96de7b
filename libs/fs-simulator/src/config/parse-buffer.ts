import { decodeXml, DecodeMode } from './xml-decode';

const WS = '\t\r\n ';

/** A lookup table of the given characters, for fast strspn/strcspn. */
function charSet(chars: string): Uint8Array {
  const table = new Uint8Array(256);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

export const TAG_NAME_END = charSet(WS + '/>');
export const ATTR_NAME_END = charSet(WS + '=/>');
export const CLOSE_NAME_END = charSet(WS + '>');
export const DOCTYPE_STOPS = charSet('[]>');
export const SPACES = charSet(WS);
export const SPACES_OR_EQUALS = charSet(WS + '=');
/** Characters decoding would change; most segments have none. */
const TEXT_DECODING = /[&\r]/;
const ATTRIBUTE_DECODING = /[&\r\t\n\v\f]/;
const ERROR_MAX = 127;

export class ParseError {
  constructor(
    readonly at: number,
    readonly message: string,
  ) {}
}

/**
 * The document as switch_xml_parse_str sees it: a C string whose last character was turned into the
 * terminator, scanned with strspn/strcspn/strstr, and modified as it is parsed (which changes the line
 * FreeSWITCH reports for an error, so those changes to newlines are tracked).
 */
export class ParseBuffer {
  readonly end: number;
  /** The character the terminator replaced. */
  readonly lastChar: string;
  private readonly newlineChanges: Array<[number, number]> = [];

  constructor(readonly src: string) {
    const nul = src.indexOf('\0');
    this.end = nul >= 0 && nul < src.length - 1 ? nul : Math.max(0, src.length - 1);
    this.lastChar = src.slice(-1);
  }

  at(i: number): number {
    return i < this.end ? this.src.charCodeAt(i) : 0;
  }

  startsWith(at: number, text: string): boolean {
    return at + text.length <= this.end && this.src.startsWith(text, at);
  }

  find(text: string, from: number): number {
    const i = this.src.indexOf(text, from);
    return i >= 0 && i + text.length <= this.end ? i : -1;
  }

  /** strcspn: the first position from `from` holding one of `stops` (or the end). */
  cspan(from: number, stops: Uint8Array): number {
    let s = from;
    for (let c = this.at(s); c && (c > 255 || !stops[c]); c = this.at(++s));
    return s;
  }

  /** strspn: the first position from `from` not holding one of `accepts`. */
  span(from: number, accepts: Uint8Array): number {
    let s = from;
    for (let c = this.at(s); c && c < 256 && accepts[c]; c = this.at(++s));
    return s;
  }

  slice(start: number, end: number): string {
    return this.src.slice(start, end);
  }

  /** The decoded text of [start, end), as switch_xml_decode leaves it. */
  decode(start: number, end: number, mode: DecodeMode): string {
    const segment = this.src.slice(start, end);
    if (!(mode === 'attribute' ? ATTRIBUTE_DECODING : TEXT_DECODING).test(segment)) return segment;
    const { value, newlineDelta } = decodeXml(segment, mode);
    if (newlineDelta) this.newlineChanges.push([start, newlineDelta]);
    return value;
  }

  /** The C code writes a terminator over this character; a newline there no longer counts. */
  erase(at: number): void {
    if (this.src[at] === '\n') this.newlineChanges.push([at, -1]);
  }

  /** switch_xml_err: `[error near line N]: message`, N counted in the modified buffer up to the error. */
  describe(error: ParseError): string {
    let line = 1;
    for (let i = this.src.indexOf('\n'); i >= 0 && i < error.at; i = this.src.indexOf('\n', i + 1)) line++;
    for (const [at, delta] of this.newlineChanges) if (at < error.at) line += delta;
    return `[error near line ${line}]: ${error.message}`.slice(0, ERROR_MAX);
  }
}
