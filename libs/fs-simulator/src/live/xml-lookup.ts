import { fromBinary } from '../config/binary';
import { XmlConfig } from '../config/xml-config';
import { XmlElement } from '../config/xml-element';

/** Children named `name` of an element (the XML tree is a plain switch_xml-like tree). */
export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((child) => child.name === name) : [];
}

/** Every descendant named `name`, depth first in document order. */
export function descendantsNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  if (!element) return [];
  return element.children.flatMap((child) => [
    ...(child.name === name ? [child] : []),
    ...descendantsNamed(child, name),
  ]);
}

/** An attribute as text (the tree holds byte strings). */
export function textAttr(element: XmlElement, name: string): string | undefined {
  const value = element.attr(name);
  return value === undefined ? undefined : fromBinary(value);
}

/** `<param name=".." value=".."/>` (or `<variable>`) children as a name → value map, first one wins. */
export function nameValues(element: XmlElement | undefined, tag: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const item of childrenNamed(element, tag)) {
    const name = textAttr(item, 'name');
    if (name !== undefined && !values.has(name)) values.set(name, textAttr(item, 'value') ?? '');
  }
  return values;
}

/** The `<configuration name="...">` element of the configuration section. */
export function configuration(xml: XmlConfig, name: string): XmlElement | undefined {
  return xml.locate('configuration', 'configuration', 'name', name);
}
