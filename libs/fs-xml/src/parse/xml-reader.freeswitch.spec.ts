import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { freeswitchValue } from '../test-support/arbitraries';
import { FS_CAPTURES } from '../test-support/fixtures';
import { escapeAttribute } from '../test-support/xml-writer';
import { parseDirectory } from './directory';
import { childrenNamed, type XmlElement } from './xml-element';
import { readXml } from './xml-reader';

const ROUNDTRIP = join(FS_CAPTURES, 'roundtrip');
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
const NON_ASCII = 'é ß € 😀 e\u0301 \u05D0\u05D1 \u200F';

/** The variables of user 22999 in roundtrip/22999.xml, as FreeSWITCH holds them once it has loaded the file. */
const STORED: Readonly<Record<string, string>> = {
  user_context: 'public',
  effective_caller_id_name: `Zoë <"Q&A"> 'x' !$\\{}`,
  effective_caller_id_number: '22999',
  verto_dvar_email: 'é.ß€😀@example.org',
  polymac: 'none',
  conf_flags: 'mute-detect|mute',
  conpin: '0815',
  ascii: ASCII,
  'bang-ascii': `<!${ASCII.replace('"', '')}`,
  'bang-entities': 'a<!&amp; &lt; &#10;',
  'lt-before-bang': 'a<b<!c',
  comment: '<!-- x -->',
  newline: 'a\nb',
  tab: 'a\tb',
  cr: 'a\rb',
  'bang-newline': 'a<!\nb',
  'bang-tab': 'a<!\tb',
  'non-ascii': NON_ASCII,
  'bang-non-ascii': `a<!${NON_ASCII}`,
  preprocessor: '$${domain} ${domain} X-PRE-PROCESS',
  nonchar: '\uFFFE\uFFFF',
  text: 't',
};

function findUser(element: XmlElement, id: string): XmlElement | undefined {
  if (element.name === 'user' && element.attributes.id === id) return element;
  for (const child of element.children) {
    const found = findUser(child, id);
    if (found) return found;
  }
  return undefined;
}

const valuesOf = (user: XmlElement | undefined, list: string, item: string) =>
  Object.fromEntries(
    childrenNamed(user, list)
      .flatMap((element) => childrenNamed(element, item))
      .map((element) => [element.attributes.name, element.attributes.value]),
  );

describe('readXml on what FreeSWITCH writes', () => {
  const captured = readFileSync(join(ROUNDTRIP, 'xml_locate_directory.xml'), 'utf8');

  it('reads every value of the captured directory back as FreeSWITCH stored it', () => {
    const user = findUser(readXml(captured), '22999');
    expect(valuesOf(user, 'params', 'param')).toEqual({ password: 'a<!b' });
    expect(valuesOf(user, 'variables', 'variable')).toEqual(STORED);
  });

  it('lists the captured user with its values', () => {
    const { value: users, warnings } = parseDirectory(captured);
    expect(warnings).toEqual([]);
    expect(users.find((user) => user.id === '22999')).toEqual({
      id: '22999',
      password: 'a<!b',
      conpin: STORED.conpin,
      context: 'public',
      name: STORED.effective_caller_id_name,
      email: STORED.verto_dvar_email,
      polymac: 'none',
    });
  });

  it.each([
    ['a<!b', 'a<!b'],
    ['a&lt;b<!c', 'a<b<!c'],
    ["x<!&amp; &lt; &#10; & <y> 'z'", "x<!&amp; &lt; &#10; & <y> 'z'"],
    ['<!-- x -->', '<!-- x -->'],
    ['a<!\nb\r\n\tc', 'a<!\nb\r\n\tc'],
    ['a<!é😀', 'a<!é😀'],
    ['a&#xA;b&#x9;c&#xD;', 'a\nb\tc\r'],
    ['Zo&#xEB; e&#x301; &#x5D0; &#x1F600;', 'Zoë e\u0301 \u05D0 😀'],
    ['&#xFFFE;&#xFFFF;', '\uFFFE\uFFFF'],
  ])('reads value="%s" as FreeSWITCH wrote it', (written, stored) => {
    expect(readXml(`<variable name="v" value="${written}"></variable>`).attributes.value).toBe(stored);
  });

  it('skips as text what FreeSWITCH writes unescaped after a "<!" in an element\'s text', () => {
    const written = '<v name="t1"><!x> & y</v><v name="t2"><!ELEMENT x> & c</v><v name="t3">a &lt; b</v>';
    expect(readXml(`<variables>${written}</variables>`).children.map((v) => v.attributes.name)).toEqual([
      't1',
      't2',
      't3',
    ]);
  });

  it('reads back any value FreeSWITCH can write', () => {
    fc.assert(
      fc.property(freeswitchValue(), freeswitchValue(), (value, other) => {
        const xml = `<p><v a="${escapeAttribute(value, 'freeswitch')}" b="${escapeAttribute(other, 'freeswitch')}"></v></p>`;
        expect(readXml(xml).children[0]!.attributes).toEqual({ a: value, b: other });
      }),
    );
  });
});
