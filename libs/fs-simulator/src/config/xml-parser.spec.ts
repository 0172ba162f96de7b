import { parseXml } from './xml-parser';

function errorOf(document: string): string {
  const parsed = parseXml(document);
  if (parsed.ok) throw new Error('parsed');
  return parsed.error;
}

describe('parseXml (switch_xml_parse_str)', () => {
  it('joins the character content of an element and records where each child was opened', () => {
    const parsed = parseXml('<a>one<!-- x -->two<b/>three</a>\n');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.root.txt).toBe('onetwothree');
    expect(parsed.root.children[0].off).toBe(6);
  });

  it('decodes entities and character references, and turns whitespace in attributes into spaces', () => {
    const parsed = parseXml('<a v="x\ty&amp;&#65;">&lt;&#x263A;</a>\n');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.root.attr('v')).toBe('x y&A');
    expect(parsed.root.txt).toBe('<\xe2\x98\xba');
  });

  it.each([
    ['<a>\n<b x="1"\n</a>\n', '[error near line 2]: missing >'],
    ['<a>\n<b>\n</b>\n', '[error near line 3]: unclosed tag <a>'],
    ['<a>\n</b>\n', '[error near line 2]: unexpected closing tag </b>'],
    ['<a><!-- x -- y --></a>\n', '[error near line 1]: unclosed <!--'],
    ['<a/>\n<b/>\n', '[error near line 2]: markup outside of root element'],
    ['hello\n', '[error near line 1]: root tag missing'],
    ['<a x="1></a>\n', '[error near line 1]: missing "'],
    ['<a>\n< b/></a>\n', '[error near line 2]: unexpected <'],
  ])("reports FreeSWITCH's error for %j", (document, error) => {
    expect(errorOf(document)).toBe(error);
  });

  it('counts lines in the buffer as FreeSWITCH leaves it: a newline after a tag name no longer counts', () => {
    expect(errorOf('<a\n>\n<b x="1"\n</a>\n')).toBe('[error near line 2]: missing >');
  });

  it('keeps counting a newline the in-place entity decoding left behind in an attribute', () => {
    expect(errorOf('<a v="&amp;\nx">\n<b x="1"\n</a>\n')).toBe('[error near line 3]: missing >');
    expect(errorOf('<a v="y\nx">\n<b x="1"\n</a>\n')).toBe('[error near line 2]: missing >');
  });

  it('counts a lone carriage return in text as the newline it is turned into', () => {
    expect(errorOf('<a>x\ry<b x="1"</a>\n')).toBe('[error near line 2]: missing >');
  });
});
