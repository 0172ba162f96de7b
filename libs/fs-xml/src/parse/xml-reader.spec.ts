import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { fastXmlParserTree } from '../test-support/fast-xml-parser-tree';
import { xmlString } from '../test-support/arbitraries';
import { FS_CAPTURES } from '../test-support/fixtures';
import { el, writeXml } from '../test-support/xml-writer';
import type { XmlElement } from './xml-element';
import { readXml } from './xml-reader';

describe('readXml', () => {
  it('keeps elements and attributes in document order and skips everything else', () => {
    const xml = `\uFEFF<?xml version="1.0"?>
      <!DOCTYPE section [ <!ELEMENT section ANY> ]>
      <!-- a comment -->
      <section name='directory' description = "User Directory">
        text <![CDATA[ <not-an-element/> ]]> more text
        <domain name="a"/><domain name="b"><!-- <x/> --></domain >
        <?pi data?>
      </section>
      <!-- after the root -->`;
    expect(readXml(xml)).toEqual(
      el('section', { name: 'directory', description: 'User Directory' }, [
        el('domain', { name: 'a' }),
        el('domain', { name: 'b' }),
      ]),
    );
  });

  it('decodes the predefined entities and character references of attribute values', () => {
    const root = readXml(
      '<a amp="&amp;" lt="&lt;" gt="&gt;" quot="&quot;" apos="&apos;" dec="&#233;" hex="&#xE9;&#xe9;" ' +
        'astral="&#x1F600;" zeros="&#x0000041;&#00066;" nested="&amp;lt;" nl="a&#xA;b&#x9;c&#xD;" mixed="Jos&#xE9; &amp; &quot;Co&quot;"/>',
    );
    expect(root.attributes).toEqual({
      amp: '&',
      lt: '<',
      gt: '>',
      quot: '"',
      apos: "'",
      dec: 'é',
      hex: 'éé',
      astral: '😀',
      zeros: 'AB',
      nested: '&lt;',
      nl: 'a\nb\tc\r',
      mixed: 'José & "Co"',
    });
  });

  it('keeps values exactly as written: no number conversion, no trimming', () => {
    const root = readXml(
      '<v pin="0815" mac="0004f2aabbcc" id="20000" e="1e3" hex="0x10" pad="  a  " empty=""/>',
    );
    expect(root.attributes).toEqual({
      pin: '0815',
      mac: '0004f2aabbcc',
      id: '20000',
      e: '1e3',
      hex: '0x10',
      pad: '  a  ',
      empty: '',
    });
  });

  it('normalizes literal tabs and line breaks in attribute values to spaces, as XML requires', () => {
    expect(readXml('<a v="x\ty\r\nz\nw"/>').attributes.v).toBe('x y z w');
  });

  it('does not let attribute names reach the prototype', () => {
    const root = readXml('<a __proto__="x" constructor="y"/>');
    expect(Object.getPrototypeOf(root.attributes)).toBe(Object.prototype);
    expect(Object.keys(root.attributes)).toEqual(['__proto__', 'constructor']);
    expect(root.attributes.constructor).toBe('y');
  });

  it('reads back any tree written with escaped attribute values', () => {
    fc.assert(
      fc.property(treeArbitrary, fc.constantFrom('full' as const, 'minimal' as const), (tree, style) => {
        expect(readXml(writeXml(tree, style))).toEqual(tree);
      }),
    );
  });

  it.each([
    'startup/outputs/xml_locate_directory.xml',
    'startup/outputs/xml_locate_dialplan.xml',
    'startup/outputs/xml_locate_configuration_conference.conf.xml',
    'large/xml_locate_dialplan.xml',
  ])('agrees with fast-xml-parser on the captured %s', (file) => {
    const xml = readFileSync(join(FS_CAPTURES, file), 'utf8');
    expect(readXml(xml)).toEqual(fastXmlParserTree(xml));
  });
});

const attributesArbitrary = fc.dictionary(
  fc.constantFrom('id', 'name', 'value', 'type', 'data', 'x-y.z', 'ns:attr', 'ÄÖ'),
  xmlString(),
  { maxKeys: 4 },
);
function treeOfDepth(depth: number): fc.Arbitrary<XmlElement> {
  return fc.record({
    name: fc.constantFrom('section', 'domain', 'user', 'param', 'x_1', 'a.b', 'é'),
    attributes: attributesArbitrary,
    children: depth === 0 ? fc.constant([]) : fc.array(treeOfDepth(depth - 1), { maxLength: 3 }),
  });
}
const treeArbitrary = treeOfDepth(3);
