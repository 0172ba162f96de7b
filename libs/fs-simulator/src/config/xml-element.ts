import { asciiLower } from './binary';

/**
 * One element of a parsed FreeSWITCH XML tree, shaped like switch_xml: all character content of the
 * element joined in `txt`, each child remembering the length of its parent's `txt` when it was opened
 * (`off`). switch_xml_toxml interleaves text and children by those offsets. Strings are byte strings.
 */
export class XmlElement {
  readonly children: XmlElement[] = [];
  txt = '';

  constructor(
    readonly name: string,
    /** Attribute names and values, alternating, in source order (duplicates kept, the first wins). */
    readonly attrs: string[] = [],
    readonly parent?: XmlElement,
    readonly off = 0,
  ) {}

  addChild(name: string, attrs: string[] = []): XmlElement {
    const child = new XmlElement(name, attrs, this, this.txt.length);
    this.children.push(child);
    return child;
  }

  attr(name: string): string | undefined {
    for (let i = 0; i < this.attrs.length; i += 2) {
      if (this.attrs[i] === name) return this.attrs[i + 1];
    }
    return undefined;
  }

  /** switch_xml_find_child: the first child `childName` whose `attrName` equals `value` (case-insensitive). */
  findChild(childName?: string, attrName?: string, value?: string): XmlElement | undefined {
    if (childName === undefined || attrName === undefined || value === undefined) return this;
    const wanted = asciiLower(value);
    return this.children.find((child) => {
      const actual = child.name === childName ? child.attr(attrName) : undefined;
      return actual !== undefined && asciiLower(actual) === wanted;
    });
  }
}
