import { XmlParseError } from './xml-parse-error';
import { readXml } from './xml-reader';

describe('readXml on broken input', () => {
  it.each([
    ["can't find anything\n", 'text outside the root element: "can\'t find anything"'],
    ['-ERR no reply\n', 'text outside the root element'],
    ['', 'no root element'],
    ['  \n', 'no root element'],
    ['<a><b>', '<b> is not closed'],
    ['<a><b name="x', 'unterminated value of attribute "name"'],
    ['<a x="1"', 'unterminated start tag <a'],
    ['<a><b></a></b>', 'expected </b>, found </a>'],
    ['</a>', 'end tag </a> without an open element'],
    ['<a></a', 'unterminated end tag'],
    ['<a/><b/>', 'a second root element'],
    ['<a/>junk', 'text outside the root element: "junk"'],
    ['<a x=1/>', 'unquoted value of attribute "x"'],
    ['<a x/>', 'malformed attribute in <a>'],
    ['<a x="1"y="2"/>', 'missing whitespace before an attribute of <a>'],
    ['<a x="1" x="2"/>', 'duplicate attribute "x"'],
    ['<a x="a<b"/>', '"<" in the value of attribute "x"'],
    ['<a x="a<b<!c"/>', '"<" in the value of attribute "x"'],
    ['<a x="a<!"b"/>', 'missing whitespace before an attribute of <a>'],
    ['<a x="&#xFFFE;&#xD800;"/>', 'invalid entity or character reference "&#xD800;"'],
    ['<a x="a & b"/>', 'invalid entity or character reference "& b" in attribute "x"'],
    ['<a x="&nbsp;"/>', 'invalid entity or character reference "&nbsp;"'],
    ['<a x="&#0;"/>', 'invalid entity or character reference "&#0;"'],
    ['<a x="&#xD800;"/>', 'invalid entity or character reference "&#xD800;"'],
    ['<a x="&#x110000;"/>', 'invalid entity or character reference "&#x110000;"'],
    ['<1a/>', 'invalid element name "1a"'],
    ['< a/>', 'invalid element name ""'],
    ['<a><!-- x</a>', 'unterminated comment'],
    ['<a><![CDATA[ x</a>', 'unterminated CDATA section'],
    ['<!ELEMENT x><a/>', 'unexpected markup declaration'],
    ['<![CDATA[x]]><a/>', 'CDATA section outside the root element'],
    ['<?xml version="1.0"', 'unterminated processing instruction'],
  ])('rejects %j', (xml, reason) => {
    expect(() => readXml(xml)).toThrow(XmlParseError);
    expect(() => readXml(xml)).toThrow(reason);
  });

  it('tells where the document is broken', () => {
    const error = catchError(() => readXml('<a>\n  <b>\n    <c x="1" x="2"/>\n  </b>\n</a>\n'));
    expect(error).toMatchObject({ name: 'XmlParseError', code: 'FS_XML.MALFORMED', line: 3, column: 14 });
    expect(error.message).toBe('malformed XML at line 3, column 14: duplicate attribute "x"');
  });
});

function catchError(action: () => unknown): XmlParseError {
  try {
    action();
  } catch (error) {
    if (error instanceof XmlParseError) return error;
  }
  throw new Error('expected an XmlParseError');
}
