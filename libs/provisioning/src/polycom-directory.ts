import type { Conference } from '@fscon/contracts';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ProvisioningError } from './provisioning-error';
import { xmlLine } from './xml-text';

/** One `<item>` of a Polycom contact directory: its child elements in document order. */
export interface DirectoryItem {
  fields: { name: string; value: string }[];
}

/** The attribute that marks items this system wrote (the original connector used the same one). */
const SERVER_MARK = '@_server';
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  trimValues: true,
  isArray: (_name, jpath) => jpath === 'directory.item_list.item',
});

type Parsed = Record<string, unknown>;

function isRecord(value: unknown): value is Parsed {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unreadable(reason: string): ProvisioningError {
  return new ProvisioningError('PROVISIONING.DIRECTORY_UNREADABLE', `the phone's directory file ${reason}`);
}

/** A field's text: plain text, or the text of an element that also has attributes; nested elements have none. */
function rawFieldText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!isRecord(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.some((key) => key !== '#text' && !key.startsWith('@_'))) return undefined;
  return typeof value['#text'] === 'string' ? value['#text'] : '';
}

/** The text as it will be written, so that reading the written file back gives the same text. */
function fieldText(value: unknown): string | undefined {
  const raw = rawFieldText(value);
  return raw === undefined ? undefined : xmlLine(raw).trim();
}

function itemFields(item: Parsed): DirectoryItem['fields'] {
  return Object.entries(item)
    .filter(([name]) => FIELD_NAME.test(name))
    .flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((one) => [name, one] as const))
    .flatMap(([name, value]) => {
      const text = fieldText(value);
      return text === undefined ? [] : [{ name, value: text }];
    });
}

function parseItems(xml: string): Parsed[] {
  if (/<!DOCTYPE/i.test(xml)) throw unreadable('has a document type declaration');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw unreadable(`is not XML (line ${valid.err.line}: ${valid.err.msg})`);
  const doc: unknown = parser.parse(xml);
  if (!isRecord(doc) || !('directory' in doc)) throw unreadable('has no <directory> root');
  const list = isRecord(doc.directory) ? doc.directory.item_list : undefined;
  const items = isRecord(list) ? list.item : undefined;
  return Array.isArray(items) ? items.filter(isRecord) : [];
}

/**
 * The items of the phone's current directory file that the user added: items marked as written by
 * this system are dropped, and so are unmarked items calling one of `serverConferences` (a copy the
 * phone wrote back without the mark), since the server items replace them.
 */
export function keptUserItems(
  existingXml: string | undefined,
  serverConferences: readonly Conference[],
): DirectoryItem[] {
  if (existingXml === undefined || existingXml.trim() === '') return [];
  const serverContacts = new Set(serverConferences.map((conference) => conference.num));
  return parseItems(existingXml)
    .filter((item) => !(SERVER_MARK in item))
    .map((item) => ({ fields: itemFields(item) }))
    .filter(({ fields }) => fields.length > 0)
    .filter(({ fields }) => !fields.some((field) => field.name === 'ct' && serverContacts.has(field.value)));
}
