import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Characters outside XML 1.0's Char production (the validator does not look for them). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Throws with the validator's reason when `text` is not a well-formed XML 1.0 document. */
export function expectWellFormedXml(text: string): void {
  const result = XMLValidator.validate(text);
  if (result !== true) {
    throw new Error(`not XML at line ${result.err.line}: ${result.err.msg}\n${text}`);
  }
  if (NOT_XML_CHAR.test(text)) throw new Error(`character not allowed in XML:\n${text}`);
  if (!text.startsWith('<?xml ')) throw new Error(`XML declaration is not at the start:\n${text}`);
}

const parserOptions = {
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  trimValues: false,
  isArray: (name: string) => ['section', 'entry', 'item'].includes(name),
};
const parser = new XMLParser(parserOptions);

interface ParsedEntry {
  name: string;
  overwrite?: string;
  '#text'?: string;
}

/** A Linphone provisioning file as section name → entry name → value; checks every entry overwrites. */
export function linphoneEntries(xml: string): Record<string, Record<string, string>> {
  const doc = parser.parse(xml) as { config: { section: { name: string; entry: ParsedEntry[] }[] } };
  return Object.fromEntries(
    doc.config.section.map((section) => [
      section.name,
      Object.fromEntries(
        section.entry.map((entry) => {
          if (entry.overwrite !== 'true')
            throw new Error(`entry ${section.name}/${entry.name} does not overwrite`);
          return [entry.name, entry['#text'] ?? ''];
        }),
      ),
    ]),
  );
}

/** The attributes of the `<ALL>` element of a Polycom allprov.cfg. */
export function polycomAllAttributes(xml: string): Record<string, string> {
  return (parser.parse(xml) as { PHONE_CONFIG: { ALL: Record<string, string> } }).PHONE_CONFIG.ALL;
}

/** The attributes of the `<APPLICATION>` element of a Polycom master file. */
export function polycomMasterAttributes(xml: string): Record<string, string> {
  return (parser.parse(xml) as { APPLICATION: Record<string, string> }).APPLICATION;
}

const trimmingParser = new XMLParser({ ...parserOptions, trimValues: true });

/** The items of a Polycom directory file, each as field → text plus `server` when marked. */
export function polycomDirectoryItems(xml: string): Record<string, string>[] {
  const doc = trimmingParser.parse(xml) as {
    directory: { item_list: { item?: Record<string, string>[] } | '' };
  };
  const list = doc.directory.item_list;
  return list === '' ? [] : (list.item ?? []);
}
