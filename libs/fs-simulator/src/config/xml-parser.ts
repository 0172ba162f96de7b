import { decodeXml, DecodeMode, isSpace } from './xml-decode';
import { XmlElement } from './xml-element';

/**
 * A port of switch_xml_parse_str (FreeSWITCH's ezxml): the same tree (character content joined per
 * element, children placed by offset), the same acceptance of odd input and the same error messages,
 * including the line number FreeSWITCH computes from its modified parse buffer.
 */
export type XmlParseResult = { ok: true; root: XmlElement } | { ok: false; error: string };

export function parseXml(source: string): XmlParseResult {
  return new XmlParser(source).parse();
}

const WS = '\t\r\n ';

/** A lookup table of the given characters, for fast strspn/strcspn. */
function charSet(chars: string): Uint8Array {
  const table = new Uint8Array(256);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

const TAG_NAME_END = charSet(WS + '/>');
const ATTR_NAME_END = charSet(WS + '=/>');
const CLOSE_NAME_END = charSet(WS + '>');
const DOCTYPE_STOPS = charSet('[]>');
const SPACES = charSet(WS);
const SPACES_OR_EQUALS = charSet(WS + '=');
/** Characters decoding would change; most segments have none. */
const TEXT_DECODING = /[&\r]/;
const ATTRIBUTE_DECODING = /[&\r\t\n\v\f]/;
const [LT, GT, SLASH, EQ, DQ, SQ, QUESTION] = ['<', '>', '/', '=', '"', "'", '?'].map((c) => c.charCodeAt(0));
const [LBRACKET, RBRACKET] = [0x5b, 0x5d];
const ERROR_MAX = 127;

class ParseError {
  constructor(
    readonly at: number,
    readonly message: string,
  ) {}
}

class XmlParser {
  /** Where the C string ends: FreeSWITCH replaces the last character with the terminator. */
  private readonly end: number;
  private readonly lastChar: string;
  private root: XmlElement | undefined;
  private cur: XmlElement | undefined;
  private readonly newlineChanges: Array<[number, number]> = [];

  constructor(private readonly src: string) {
    const nul = src.indexOf('\0');
    this.end = nul >= 0 && nul < src.length - 1 ? nul : Math.max(0, src.length - 1);
    this.lastChar = src.slice(-1);
  }

  parse(): XmlParseResult {
    try {
      return { ok: true, root: this.run() };
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      return { ok: false, error: this.describe(error) };
    }
  }

  private run(): XmlElement {
    if (this.src.length === 0) throw new ParseError(0, 'root tag missing');
    let s = this.find('<', 0);
    if (s < 0) throw new ParseError(this.end, 'root tag missing');
    let d: number;
    for (;;) {
      d = ++s;
      const c = this.at(s);
      if (c === SLASH) s = this.closeTag(d);
      else if (this.startsWith(s, '!--')) s = this.comment(d);
      else if (this.startsWith(s, '![CDATA[')) s = this.cdata(d);
      else if (this.startsWith(s, '!DOCTYPE')) s = this.doctype(d);
      else if (c === QUESTION) s = this.processingInstruction(d);
      else if (isNameStart(c)) s = this.openTag(d);
      else throw new ParseError(d, 'unexpected <');

      if (!this.at(s)) break;
      d = ++s;
      if (!this.at(s)) break;
      if (this.at(s) !== LT) {
        s = this.find('<', s);
        if (s < 0) break;
        this.charContent(d, s, 'text');
      }
    }
    if (this.root && !this.cur) return this.root;
    throw new ParseError(d, this.cur ? `unclosed tag <${this.cur.name}>` : 'root tag missing');
  }

  private openTag(d: number): number {
    if (this.root && !this.cur) throw new ParseError(d, 'markup outside of root element');
    let s = this.cspan(d, TAG_NAME_END);
    const name = this.src.slice(d, s);
    for (; isSpace(this.at(s)); s++) this.erase(s);
    const attrs: string[] = [];
    while (this.at(s) && this.at(s) !== SLASH && this.at(s) !== GT) {
      const nameStart = s;
      s = this.cspan(s, ATTR_NAME_END);
      const attrName = this.src.slice(nameStart, s);
      let value = '';
      if (this.at(s) === EQ || isSpace(this.at(s))) {
        this.erase(s);
        s = this.span(s + 1, SPACES_OR_EQUALS);
        const quote = this.at(s);
        if (quote === DQ || quote === SQ) {
          const start = ++s;
          while (this.at(s) && this.at(s) !== quote) s++;
          if (!this.at(s)) throw new ParseError(d, `missing ${String.fromCharCode(quote)}`);
          value = this.decode(start, s++, 'attribute');
        }
      }
      attrs.push(attrName, value);
      while (isSpace(this.at(s))) s++;
    }
    const closesItself = this.at(s) === SLASH;
    if (closesItself) s++;
    const atEnd = !this.at(s);
    if ((!atEnd && this.at(s) !== GT) || (atEnd && this.lastChar !== '>'))
      throw new ParseError(d, 'missing >');
    this.cur = this.cur ? this.cur.addChild(name, attrs) : (this.root = new XmlElement(name, attrs));
    if (closesItself) this.cur = this.cur.parent;
    return s;
  }

  private closeTag(slash: number): number {
    const d = slash + 1;
    const s = this.cspan(d, CLOSE_NAME_END);
    if (!this.at(s) && this.lastChar !== '>') throw new ParseError(d, 'missing >');
    const name = this.src.slice(d, s);
    if (!this.cur || name !== this.cur.name) throw new ParseError(s, `unexpected closing tag </${name}>`);
    this.cur = this.cur.parent;
    return isSpace(this.at(s)) ? this.span(s, SPACES) : s;
  }

  private comment(d: number): number {
    const dashes = this.find('--', d + 3);
    const s = dashes + 2;
    if (dashes < 0 || (this.at(s) && this.at(s) !== GT) || (!this.at(s) && this.lastChar !== '>')) {
      throw new ParseError(d, 'unclosed <!--');
    }
    return s;
  }

  private cdata(d: number): number {
    const close = this.find(']]>', d);
    if (close < 0) throw new ParseError(d, 'unclosed <![CDATA[');
    this.charContent(d + 8, close, 'cdata');
    return close + 2;
  }

  /** Skipped like ezxml does; declarations in an internal subset are not applied. */
  private doctype(d: number): number {
    let s = d;
    let subset = false;
    const open = (): boolean =>
      subset ? this.at(s) !== RBRACKET || this.at(this.span(s + 1, SPACES)) !== GT : this.at(s) !== GT;
    while (this.at(s) && open()) {
      s = this.cspan(s + 1, DOCTYPE_STOPS);
      if (this.at(s) === LBRACKET) subset = true;
    }
    if (!this.at(s) && this.lastChar !== '>') throw new ParseError(d, 'unclosed <!DOCTYPE');
    return subset ? s + 1 : s;
  }

  private processingInstruction(d: number): number {
    let s = d;
    do {
      s = this.find('?', s);
    } while (s >= 0 && this.at(++s) && this.at(s) !== GT);
    if (s < 0 || (!this.at(s) && this.lastChar !== '>')) throw new ParseError(d, 'unclosed <?');
    return s;
  }

  private charContent(start: number, end: number, mode: DecodeMode): void {
    if (!this.cur || end === start) return;
    this.cur.txt += this.decode(start, end, mode);
  }

  private decode(start: number, end: number, mode: DecodeMode): string {
    const segment = this.src.slice(start, end);
    if (!(mode === 'attribute' ? ATTRIBUTE_DECODING : TEXT_DECODING).test(segment)) return segment;
    const { value, newlineDelta } = decodeXml(segment, mode);
    if (newlineDelta) this.newlineChanges.push([start, newlineDelta]);
    return value;
  }

  /** The C code writes a terminator over this character; a newline there no longer counts. */
  private erase(at: number): void {
    if (this.src[at] === '\n') this.newlineChanges.push([at, -1]);
  }

  private describe(error: ParseError): string {
    let line = 1;
    for (let i = this.src.indexOf('\n'); i >= 0 && i < error.at; i = this.src.indexOf('\n', i + 1)) line++;
    for (const [at, delta] of this.newlineChanges) if (at < error.at) line += delta;
    return `[error near line ${line}]: ${error.message}`.slice(0, ERROR_MAX);
  }

  private at(i: number): number {
    return i < this.end ? this.src.charCodeAt(i) : 0;
  }

  private startsWith(at: number, text: string): boolean {
    return at + text.length <= this.end && this.src.startsWith(text, at);
  }

  private find(text: string, from: number): number {
    const i = this.src.indexOf(text, from);
    return i >= 0 && i + text.length <= this.end ? i : -1;
  }

  /** strcspn: the first position from `from` holding one of `stops` (or the end). */
  private cspan(from: number, stops: Uint8Array): number {
    let s = from;
    for (let c = this.at(s); c && (c > 255 || !stops[c]); c = this.at(++s));
    return s;
  }

  /** strspn: the first position from `from` not holding one of `accepts`. */
  private span(from: number, accepts: Uint8Array): number {
    let s = from;
    for (let c = this.at(s); c && c < 256 && accepts[c]; c = this.at(++s));
    return s;
  }
}

function isNameStart(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x3a || c >= 0x80;
}
