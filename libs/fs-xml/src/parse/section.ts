import { childrenNamed, type XmlElement } from './xml-element';

/**
 * The `<section name="…">` an `xml_locate <section>` answer consists of. A whole configuration
 * document (`<document type="freeswitch/xml">` around its sections) is accepted as well.
 */
export function findSection(root: XmlElement, name: string, warnings: string[]): XmlElement | undefined {
  const candidates = root.name === 'document' ? childrenNamed(root, 'section') : [root];
  const section = candidates.find((el) => el.name === 'section' && el.attributes.name === name);
  if (!section)
    warnings.push(`no <section name="${name}"> in the answer (its root is <${describeElement(root)}>)`);
  return section;
}

export function describeElement(element: XmlElement): string {
  const name = element.attributes.name;
  return name === undefined ? element.name : `${element.name} name="${name}"`;
}
