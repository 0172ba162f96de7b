import { BANG, endsName, GT, isSpace, QUESTION, SLASH, XML_NAME } from './xml-chars';
import { decodeEntities } from './xml-entities';
import type { XmlElement } from './xml-element';
import { XmlParseError } from './xml-parse-error';

/** Characters that make an attribute value invalid or that reading changes (references, literal whitespace). */
const NEEDS_CARE = /[<&\t\r\n]/;
/** Shared by every element without children (most of them): one array less to allocate for each. */
const NO_CHILDREN: XmlElement[] = [];
const ATTRIBUTE_WHITESPACE = /\r\n?|[\t\n]/g;

/**
 * Reads well-formed XML into an element tree, or throws XmlParseError.
 *
 * Written for the `xml_locate` answers of FreeSWITCH (megabytes of elements and attributes, no
 * text that matters): it enforces one root element, matching tags, element and attribute names,
 * quoted unique attribute values and valid references in them; it keeps elements and attributes
 * (normalized and decoded as XML 1.0 says) and skips, unchecked, character data, comments, CDATA,
 * processing instructions and the document type declaration.
 *
 * One departure from XML, because FreeSWITCH's writer (switch_xml_ampencode) makes it: from a `<!`
 * in a value or a text on, it stops escaping and writes the rest of it as it holds it. So an
 * attribute value may hold a raw `<` where it starts a `<!`, and from there on it is taken verbatim:
 * raw `&`, `<`, `>` and line breaks are the stored characters themselves. Likewise a `<!` inside an
 * element that starts no comment, CDATA section or DOCTYPE is text.
 */
export function readXml(text: string): XmlElement {
  return new XmlReader(text).read();
}

class XmlReader {
  private pos: number;
  private readonly open: XmlElement[] = [];
  private root: XmlElement | undefined;

  constructor(private readonly text: string) {
    this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  read(): XmlElement {
    const { text } = this;
    while (this.pos < text.length) {
      const lt = text.indexOf('<', this.pos);
      if (this.open.length === 0) this.rejectTextOutsideRoot(lt === -1 ? text.length : lt);
      if (lt === -1) break;
      const next = text.charCodeAt(lt + 1);
      if (next === SLASH) this.readEndTag(lt);
      else if (next === BANG) this.skipDeclaration(lt);
      else if (next === QUESTION) this.pos = this.skipPast(lt + 2, '?>', 'processing instruction');
      else this.readStartTag(lt);
    }
    const unclosed = this.open.pop();
    if (unclosed) this.fail(text.length, `unexpected end of input, <${unclosed.name}> is not closed`);
    return this.root ?? this.fail(this.pos, 'no root element');
  }

  private readStartTag(lt: number): void {
    const { text } = this;
    if (this.root && this.open.length === 0) this.fail(lt, 'a second root element');
    let pos = lt + 1;
    while (pos < text.length && !endsName(text.charCodeAt(pos))) pos++;
    const name = text.slice(lt + 1, pos);
    if (!XML_NAME.test(name)) this.fail(lt + 1, `invalid element name "${name}"`);
    const element: XmlElement = { name, attributes: {}, children: NO_CHILDREN };
    const parent = this.open[this.open.length - 1];
    if (parent) {
      if (parent.children === NO_CHILDREN) parent.children = [];
      parent.children.push(element);
    } else this.root = element;
    for (;;) {
      const afterPrevious = pos;
      while (isSpace(text.charCodeAt(pos))) pos++;
      const c = text.charCodeAt(pos);
      if (c === GT) {
        this.open.push(element);
        this.pos = pos + 1;
        return;
      }
      if (c === SLASH && text.charCodeAt(pos + 1) === GT) {
        this.pos = pos + 2;
        return;
      }
      if (pos >= text.length) this.fail(lt, `unterminated start tag <${name}`);
      if (pos === afterPrevious) this.fail(pos, `missing whitespace before an attribute of <${name}>`);
      pos = this.readAttribute(pos, element);
    }
  }

  private readAttribute(from: number, element: XmlElement): number {
    const { text } = this;
    const eq = text.indexOf('=', from);
    let nameEnd = eq;
    while (isSpace(text.charCodeAt(nameEnd - 1))) nameEnd--;
    const name = eq === -1 ? '' : text.slice(from, nameEnd);
    if (!XML_NAME.test(name)) this.fail(from, `malformed attribute in <${element.name}>`);
    let open = eq + 1;
    while (isSpace(text.charCodeAt(open))) open++;
    const quote = text[open];
    if (quote !== '"' && quote !== "'") this.fail(open, `unquoted value of attribute "${name}"`);
    const close = text.indexOf(quote, open + 1);
    if (close === -1) this.fail(open, `unterminated value of attribute "${name}"`);
    let value = text.slice(open + 1, close);
    if (Object.hasOwn(element.attributes, name)) this.fail(from, `duplicate attribute "${name}"`);
    if (NEEDS_CARE.test(value)) value = this.normalize(value, open, name);
    if (name === '__proto__') Object.defineProperty(element.attributes, name, { value, enumerable: true });
    else element.attributes[name] = value;
    return close + 1;
  }

  /**
   * XML 1.0 attribute-value normalization (literal whitespace becomes a space, then references are
   * replaced) up to the first `<!`, the rest as FreeSWITCH wrote it.
   */
  private normalize(raw: string, offset: number, name: string): string {
    const lt = raw.indexOf('<');
    if (lt !== -1 && raw.charCodeAt(lt + 1) !== BANG) {
      this.fail(offset, `"<" in the value of attribute "${name}"`);
    }
    const [escaped, verbatim] = lt === -1 ? [raw, ''] : [raw.slice(0, lt), raw.slice(lt)];
    try {
      return decodeEntities(escaped.replace(ATTRIBUTE_WHITESPACE, ' ')) + verbatim;
    } catch (error) {
      return this.fail(offset, `${(error as Error).message} in attribute "${name}"`);
    }
  }

  private readEndTag(lt: number): void {
    const gt = this.text.indexOf('>', lt);
    if (gt === -1) this.fail(lt, 'unterminated end tag');
    const name = this.text.slice(lt + 2, gt).trimEnd();
    const element = this.open.pop();
    if (!element) this.fail(lt, `end tag </${name}> without an open element`);
    else if (element.name !== name) this.fail(lt, `expected </${element.name}>, found </${name}>`);
    this.pos = gt + 1;
  }

  private skipDeclaration(lt: number): void {
    const { text } = this;
    if (text.startsWith('<!--', lt)) {
      this.pos = this.skipPast(lt + 4, '-->', 'comment');
    } else if (text.startsWith('<![CDATA[', lt)) {
      if (this.open.length === 0) this.fail(lt, 'CDATA section outside the root element');
      this.pos = this.skipPast(lt + 9, ']]>', 'CDATA section');
    } else if (text.startsWith('<!DOCTYPE', lt) && !this.root) {
      const gt = text.indexOf('>', lt);
      const subset = text.indexOf('[', lt);
      if (gt === -1) this.fail(lt, 'unterminated DOCTYPE');
      const afterSubset = subset !== -1 && subset < gt ? this.skipPast(subset, ']', 'DOCTYPE') : lt;
      this.pos = this.skipPast(afterSubset, '>', 'DOCTYPE');
    } else if (this.open.length > 0) {
      this.pos = lt + 2;
    } else {
      this.fail(lt, 'unexpected markup declaration');
    }
  }

  private rejectTextOutsideRoot(end: number): void {
    for (let pos = this.pos; pos < end; pos++) {
      if (!isSpace(this.text.charCodeAt(pos))) {
        this.fail(pos, `text outside the root element: "${this.text.slice(pos, pos + 40).trim()}"`);
      }
    }
  }

  private skipPast(from: number, terminator: string, what: string): number {
    const end = this.text.indexOf(terminator, from);
    return end === -1 ? this.fail(from, `unterminated ${what}`) : end + terminator.length;
  }

  private fail(offset: number, reason: string): never {
    throw XmlParseError.at(this.text, offset, reason);
  }
}
