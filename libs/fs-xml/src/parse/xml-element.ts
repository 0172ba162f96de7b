/** An element as the parsers see it: attributes decoded, child elements in document order, text dropped. */
export interface XmlElement {
  name: string;
  attributes: Partial<Record<string, string>>;
  children: XmlElement[];
}

export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((child) => child.name === name) : [];
}
