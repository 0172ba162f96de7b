import type { ParseResult } from './parse-result';
import { describeElement, findSection } from './section';
import { childrenNamed, type XmlElement } from './xml-element';
import { readXml } from './xml-reader';

const CONFERENCE_CONF = 'conference.conf';

/**
 * The conference profile names (the conference types) of an
 * `xml_locate configuration configuration name conference.conf` answer, in document order.
 * Throws XmlParseError when the answer is not well-formed XML.
 */
export function parseConferenceTypes(xml: string): ParseResult<string[]> {
  const warnings: string[] = [];
  const configuration = findConferenceConf(readXml(xml), warnings);
  const types: string[] = [];
  for (const profiles of childrenNamed(configuration, 'profiles')) {
    for (const profile of childrenNamed(profiles, 'profile')) {
      const name = profile.attributes.name;
      if (!name) warnings.push(`a conference profile without a name was skipped`);
      else if (types.includes(name)) warnings.push(`conference profile "${name}" is defined again`);
      else types.push(name);
    }
  }
  return { value: types, warnings };
}

/** The answer's root is the `<configuration>` itself; a whole configuration document is accepted too. */
function findConferenceConf(root: XmlElement, warnings: string[]): XmlElement | undefined {
  const isConferenceConf = (el: XmlElement) =>
    el.name === 'configuration' && el.attributes.name === CONFERENCE_CONF;
  if (isConferenceConf(root)) return root;
  const inDocument =
    root.name === 'document' ? childrenNamed(findSection(root, 'configuration', []), 'configuration') : [];
  const configuration = inDocument.find(isConferenceConf);
  if (!configuration) {
    warnings.push(
      `no <configuration name="${CONFERENCE_CONF}"> in the answer (its root is <${describeElement(root)}>)`,
    );
  }
  return configuration;
}
