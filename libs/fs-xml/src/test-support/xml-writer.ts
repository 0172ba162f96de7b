import type { XmlElement } from '../parse/xml-element';

/**
 * `full`: `&`, `<`, `>`, `"`, tab, newline, carriage return and every non-ASCII character as
 * references, hexadecimal in upper case, as FreeSWITCH writes values that hold no `<!`.
 * `minimal`: only what XML requires, non-ASCII characters as they are.
 * `freeswitch`: exactly as switch_xml_ampencode writes an attribute value: `full` up to the first
 * `<!`, the rest of the value as it is.
 */
export type EscapeStyle = 'full' | 'minimal' | 'freeswitch';

const REQUIRED: Partial<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '"': '&quot;',
  '\t': '&#x9;',
  '\n': '&#xA;',
  '\r': '&#xD;',
};

export function escapeAttribute(value: string, style: EscapeStyle = 'full'): string {
  const bang = style === 'freeswitch' ? value.indexOf('<!') : -1;
  if (bang !== -1) return escapeAttribute(value.slice(0, bang), style) + value.slice(bang);
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    const required = REQUIRED[char];
    if (required !== undefined) out += required;
    else if (style !== 'minimal' && char === '>') out += '&gt;';
    else if (style !== 'minimal' && code > 0x7f) out += `&#x${code.toString(16).toUpperCase()};`;
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
