import type { XmlElement } from '../parse/xml-element';

/**
 * `full`: as FreeSWITCH writes attribute values (`&`, `<`, `>`, `"`, tab, newline, carriage return
 * and every non-ASCII character as references, hexadecimal in upper case).
 * `minimal`: only what XML requires, non-ASCII characters as they are.
 */
export type EscapeStyle = 'full' | 'minimal';

const REQUIRED: Partial<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '"': '&quot;',
  '\t': '&#x9;',
  '\n': '&#xA;',
  '\r': '&#xD;',
};

export function escapeAttribute(value: string, style: EscapeStyle = 'full'): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    const required = REQUIRED[char];
    if (required !== undefined) out += required;
    else if (style === 'full' && char === '>') out += '&gt;';
    else if (style === 'full' && code > 0x7f) out += `&#x${code.toString(16).toUpperCase()};`;
    else out += char;
  }
  return out;
}

/** Writes an element like FreeSWITCH's `xml_locate` does: indented, every element with an end tag. */
export function writeXml(element: XmlElement, style: EscapeStyle = 'full', depth = 0): string {
  const indent = '  '.repeat(depth);
  const attributes = Object.entries(element.attributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value ?? '', style)}"`)
    .join('');
  const children = element.children.map((child) => writeXml(child, style, depth + 1)).join('');
  return `${indent}<${element.name}${attributes}>\n${children}${indent}</${element.name}>\n`;
}

/** Shorthand for building trees in tests. */
export function el(
  name: string,
  attributes: Partial<Record<string, string>> = {},
  children: XmlElement[] = [],
): XmlElement {
  return { name, attributes, children };
}
