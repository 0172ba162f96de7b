import {
  ATTR_NAME_END,
  CLOSE_NAME_END,
  DOCTYPE_STOPS,
  ParseBuffer,
  ParseError,
  SPACES,
  SPACES_OR_EQUALS,
  TAG_NAME_END,
} from './parse-buffer';
import { DecodeMode } from './xml-decode';
import { isSpace } from './xml-decode-buffer';
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

const [LT, GT, SLASH, EQ, DQ, SQ, QUESTION] = ['<', '>', '/', '=', '"', "'", '?'].map((c) => c.charCodeAt(0));
const [LBRACKET, RBRACKET] = [0x5b, 0x5d];
class XmlParser {
  private readonly buf: ParseBuffer;
  private root: XmlElement | undefined;
  private cur: XmlElement | undefined;

  constructor(source: string) {
    this.buf = new ParseBuffer(source);
  }

  parse(): XmlParseResult {
    try {
      return { ok: true, root: this.run() };
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      return { ok: false, error: this.buf.describe(error) };
    }
  }

  private run(): XmlElement {
    if (this.buf.src.length === 0) throw new ParseError(0, 'root tag missing');
    let s = this.buf.find('<', 0);
    if (s < 0) throw new ParseError(this.buf.end, 'root tag missing');
    let d: number;
    for (;;) {
      d = ++s;
      const c = this.buf.at(s);
      if (c === SLASH) s = this.closeTag(d);
      else if (this.buf.startsWith(s, '!--')) s = this.comment(d);
      else if (this.buf.startsWith(s, '![CDATA[')) s = this.cdata(d);
      else if (this.buf.startsWith(s, '!DOCTYPE')) s = this.doctype(d);
      else if (c === QUESTION) s = this.processingInstruction(d);
      else if (isNameStart(c)) s = this.openTag(d);
      else throw new ParseError(d, 'unexpected <');

      if (!this.buf.at(s)) break;
      d = ++s;
      if (!this.buf.at(s)) break;
      if (this.buf.at(s) !== LT) {
        s = this.buf.find('<', s);
        if (s < 0) break;
        this.charContent(d, s, 'text');
      }
    }
    if (this.root && !this.cur) return this.root;
    throw new ParseError(d, this.cur ? `unclosed tag <${this.cur.name}>` : 'root tag missing');
  }

  private openTag(d: number): number {
    if (this.root && !this.cur) throw new ParseError(d, 'markup outside of root element');
    let s = this.buf.cspan(d, TAG_NAME_END);
    const name = this.buf.slice(d, s);
    for (; isSpace(this.buf.at(s)); s++) this.buf.erase(s);
    const attrs: string[] = [];
    while (this.buf.at(s) && this.buf.at(s) !== SLASH && this.buf.at(s) !== GT) {
      const nameStart = s;
      s = this.buf.cspan(s, ATTR_NAME_END);
      const attrName = this.buf.slice(nameStart, s);
      let value = '';
      if (this.buf.at(s) === EQ || isSpace(this.buf.at(s))) {
        this.buf.erase(s);
        s = this.buf.span(s + 1, SPACES_OR_EQUALS);
        const quote = this.buf.at(s);
        if (quote === DQ || quote === SQ) {
          const start = ++s;
          while (this.buf.at(s) && this.buf.at(s) !== quote) s++;
          if (!this.buf.at(s)) throw new ParseError(d, `missing ${String.fromCharCode(quote)}`);
          value = this.buf.decode(start, s++, 'attribute');
        }
      }
      attrs.push(attrName, value);
      while (isSpace(this.buf.at(s))) s++;
    }
    const closesItself = this.buf.at(s) === SLASH;
    if (closesItself) s++;
    const atEnd = !this.buf.at(s);
    if ((!atEnd && this.buf.at(s) !== GT) || (atEnd && this.buf.lastChar !== '>'))
      throw new ParseError(d, 'missing >');
    this.cur = this.cur ? this.cur.addChild(name, attrs) : (this.root = new XmlElement(name, attrs));
    if (closesItself) this.cur = this.cur.parent;
    return s;
  }

  private closeTag(slash: number): number {
    const d = slash + 1;
    const s = this.buf.cspan(d, CLOSE_NAME_END);
    if (!this.buf.at(s) && this.buf.lastChar !== '>') throw new ParseError(d, 'missing >');
    const name = this.buf.slice(d, s);
    if (!this.cur || name !== this.cur.name) throw new ParseError(s, `unexpected closing tag </${name}>`);
    this.cur = this.cur.parent;
    return isSpace(this.buf.at(s)) ? this.buf.span(s, SPACES) : s;
  }

  private comment(d: number): number {
    const dashes = this.buf.find('--', d + 3);
    const s = dashes + 2;
    if (
      dashes < 0 ||
      (this.buf.at(s) && this.buf.at(s) !== GT) ||
      (!this.buf.at(s) && this.buf.lastChar !== '>')
    ) {
      throw new ParseError(d, 'unclosed <!--');
    }
    return s;
  }

  private cdata(d: number): number {
    const close = this.buf.find(']]>', d);
    if (close < 0) throw new ParseError(d, 'unclosed <![CDATA[');
    this.charContent(d + 8, close, 'cdata');
    return close + 2;
  }

  /** Skipped like ezxml does; declarations in an internal subset are not applied. */
  private doctype(d: number): number {
    let s = d;
    let subset = false;
    const open = (): boolean =>
      subset
        ? this.buf.at(s) !== RBRACKET || this.buf.at(this.buf.span(s + 1, SPACES)) !== GT
        : this.buf.at(s) !== GT;
    while (this.buf.at(s) && open()) {
      s = this.buf.cspan(s + 1, DOCTYPE_STOPS);
      if (this.buf.at(s) === LBRACKET) subset = true;
    }
    if (!this.buf.at(s) && this.buf.lastChar !== '>') throw new ParseError(d, 'unclosed <!DOCTYPE');
    return subset ? s + 1 : s;
  }

  private processingInstruction(d: number): number {
    let s = d;
    do {
      s = this.buf.find('?', s);
    } while (s >= 0 && this.buf.at(++s) && this.buf.at(s) !== GT);
    if (s < 0 || (!this.buf.at(s) && this.buf.lastChar !== '>')) throw new ParseError(d, 'unclosed <?');
    return s;
  }

  private charContent(start: number, end: number, mode: DecodeMode): void {
    if (!this.cur || end === start) return;
    this.cur.txt += this.buf.decode(start, end, mode);
  }
}

function isNameStart(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x3a || c >= 0x80;
}
