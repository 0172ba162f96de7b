import { XMLParser } from 'fast-xml-parser';
import type { XmlElement } from '../parse/xml-element';

type FxpNode = Record<string, FxpNode[] | Record<string, string>>;

/** fast-xml-parser configured to keep elements in order and every attribute value as written. */
export const fastXmlParser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  htmlEntities: true,
});

/** fast-xml-parser's ordered output as the element tree libs/fs-xml's reader gives (text left out). */
export function fastXmlParserTree(xml: string): XmlElement {
  const [root] = toElements(fastXmlParser.parse(xml) as FxpNode[]);
  return root;
}

function toElements(nodes: FxpNode[]): XmlElement[] {
  return nodes.flatMap((node) => {
    const name = Object.keys(node).find((key) => key !== ':@' && key !== '#text');
    if (name === undefined) return [];
    const attributes = (node[':@'] ?? {}) as Record<string, string>;
    return [{ name, attributes: { ...attributes }, children: toElements(node[name] as FxpNode[]) }];
  });
}
