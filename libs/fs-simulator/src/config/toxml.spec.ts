import { toBinary } from './binary';
import { toXml } from './toxml';
import { parseXml } from './xml-parser';

/** Expected strings are worked out by hand from switch_xml_toxml_r (see toxml.ts). */
function render(document: string): string {
  const parsed = parseXml(toBinary(document));
  if (!parsed.ok) throw new Error(parsed.error);
  return toXml(parsed.root);
}

describe('toXml (switch_xml_toxml)', () => {
  it('keeps the parsed text around children, indents after a ">" and prints empty tags open/close', () => {
    expect(render('<a>\n  <b x="1"/>\n  <!-- c -->\n  <c>t</c>\n</a>\n')).toBe(
      '<a>\n    <b x="1"></b>\n\n  \n    <c>t</c>\n\n</a>\n',
    );
  });

  it('indents nested levels by two spaces each', () => {
    expect(render('<r>\n<s>\n<t/>\n</s>\n</r>\n')).toBe('<r>\n  <s>\n    <t></t>\n\n  </s>\n\n</r>\n');
  });

  it('prints all remaining text before a child that follows another with no text between (as C does)', () => {
    expect(render('<a><b/>tail<c/></a>\n')).toBe('<a>tail  <b></b>\ntail  <c></c>\n</a>\n');
  });

  it('escapes text and attributes differently and writes non-ASCII as character references', () => {
    expect(render('<a v="&quot;1&#10;2" w="x">é &amp; &lt;b&gt;\t"q"</a>\n')).toBe(
      '<a v="&quot;1&#xA;2" w="x">&#xE9; &amp; &lt;b&gt;\t"q"</a>\n',
    );
  });

  it('prints only the first of duplicate attributes', () => {
    expect(render('<a x="1" x="2"/>\n')).toBe('<a x="1"></a>\n');
  });

  it('stops escaping at "<!" for the rest of the text', () => {
    expect(render('<a><![CDATA[<!x> & y]]></a>\n')).toBe('<a><!x> & y</a>\n');
  });

  it('renders only the requested element, not its parent text or siblings', () => {
    const parsed = parseXml('<doc>\n  <s name="one">\n    <x/>\n  </s>\n  <s name="two"/>\n</doc>\n');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(toXml(parsed.root.children[0])).toBe('<s name="one">\n      <x></x>\n\n  </s>\n');
  });

  it('can start with the XML header', () => {
    const parsed = parseXml('<conferences/>\n');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(toXml(parsed.root, true)).toBe('<?xml version="1.0"?>\n<conferences></conferences>\n');
  });
});
