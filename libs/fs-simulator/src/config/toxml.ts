import { XmlElement } from './xml-element';

/**
 * switch_xml_toxml: FreeSWITCH prints an element back with the character content it parsed, adding a
 * newline before a tag that follows a `>`, two spaces of indent per level, and `<x></x>` for empty tags.
 * Input and output are byte strings; non-ASCII text comes out as `&#x...;` like FreeSWITCH's UTF-8 mode.
 */
export function toXml(element: XmlElement, withHeader = false): string {
  const out = new Output(withHeader ? '<?xml version="1.0"?>\n' : '');
  printTag(element, out);
  return out.text();
}

const INDENT = '  ';

/**
 * The bytes built so far. Pieces are joined into short strings that are copied into a growing buffer
 * now and then, which keeps a 3 MB directory quick to render (few buffer writes, little garbage).
 */
class Output {
  private buffer = Buffer.allocUnsafe(64 * 1024);
  private length = 0;
  private pending = '';
  private last = '';
  depth = 0;

  constructor(start: string) {
    this.append(start);
  }

  append(text: string): void {
    if (text.length === 0) return;
    this.pending += text;
    this.last = text[text.length - 1];
    if (this.pending.length >= PENDING_LIMIT) this.flush();
  }

  endsWith(char: string): boolean {
    return this.last === char;
  }

  indent(): void {
    if (this.depth > 0) this.append(INDENT.repeat(this.depth));
  }

  text(): string {
    this.flush();
    return this.buffer.toString('latin1', 0, this.length);
  }

  private flush(): void {
    if (this.length + this.pending.length > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + this.pending.length));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    this.length += this.buffer.write(this.pending, this.length, 'latin1');
    this.pending = '';
  }
}

const PENDING_LIMIT = 16 * 1024;

function printTag(xml: XmlElement, out: Output): void {
  if (out.endsWith('>')) out.append('\n');
  out.indent();
  out.append(`<${xml.name}${attributes(xml)}>`);
  if (xml.children.length > 0) {
    out.depth++;
    printChildren(xml, out);
  } else {
    out.append(ampEncode(xml.txt, 0, 0, false));
  }
  if (out.endsWith('\n')) out.indent();
  out.append(`</${xml.name}>\n`);
}

/** The parent's text up to each child (all of the rest when nothing lies between, as in C), then the child. */
function printChildren(parent: XmlElement, out: Output): void {
  let start = 0;
  for (const child of parent.children) {
    out.append(ampEncode(parent.txt, start, child.off - start, false));
    printTag(child, out);
    start = Math.min(child.off, parent.txt.length);
  }
  if (out.depth > 0) out.depth--;
  out.append(ampEncode(parent.txt, start, 0, false));
}

/** Only the first of duplicate attributes is printed (switch_xml_attr finds that one). */
function attributes(xml: XmlElement): string {
  const { attrs } = xml;
  let text = '';
  for (let i = 0; i < attrs.length; i += 2) {
    if (!isFirstAttribute(attrs, i)) continue;
    text += ` ${attrs[i]}="${ampEncode(attrs[i + 1], 0, 0, true)}"`;
  }
  return text;
}

function isFirstAttribute(attrs: readonly string[], index: number): boolean {
  for (let i = 0; i < index; i += 2) if (attrs[i] === attrs[index]) return false;
  return true;
}

const TEXT_SPECIAL = /[&<>\r\x80-\xff]/;
const ATTRIBUTE_SPECIAL = /[&<>"\n\t\r\x80-\xff]/;

/**
 * switch_xml_ampencode over `text` from `start`: `length` bytes, or (as in C, when it is 0) up to the end.
 * A `<!` switches escaping off for the rest of the call.
 */
export function ampEncode(text: string, start: number, length: number, attribute: boolean): string {
  const end = length > 0 ? Math.min(text.length, start + length) : text.length;
  const segment = start === 0 && end === text.length ? text : text.slice(start, end);
  if (!(attribute ? ATTRIBUTE_SPECIAL : TEXT_SPECIAL).test(segment)) return segment;
  let out = '';
  let pending = 0;
  let codePoint = 0;
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i];
    const c = segment.charCodeAt(i);
    if (ch === '&') out += '&amp;';
    else if (ch === '<' && segment[i + 1] === '!') return out + segment.slice(i);
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += attribute ? '&quot;' : '"';
    else if (ch === '\n') out += attribute ? '&#xA;' : '\n';
    else if (ch === '\t') out += attribute ? '&#x9;' : '\t';
    else if (ch === '\r') out += '&#xD;';
    else if (pending === 0 && c >= 0x80) {
      const leadingOnes = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
      codePoint = leadingOnes === 1 ? 0 : c & (0xff >> (leadingOnes + 1));
      pending = leadingOnes - 1;
    } else if (pending > 0) {
      if ((c & 0xc0) !== 0x80) {
        pending = 0;
        continue;
      }
      codePoint = (codePoint << 6) | (c & 0x3f);
      if (--pending === 0) out += `&#x${codePoint.toString(16).toUpperCase()};`;
    } else {
      out += ch;
    }
  }
  return out;
}
